package dev.backoffice.application;

/**
 * A user of a tenant as the identity provider knows them.
 *
 * @param id the identity provider's id of the user (Keycloak: a UUID; demo registry: the user name)
 * @param role the user's product role ({@code tenant-admin}, {@code operator}, {@code auditor}), or null for none
 * @param invitationPending the user has not yet finished the invitation (set a password, verified the address)
 */
public record TenantUserView(
    String id,
    String username,
    String email,
    String firstName,
    String lastName,
    String role,
    boolean enabled,
    boolean emailVerified,
    boolean invitationPending) {

  /** First and last name, or the user name when there is none. */
  public String displayName() {
    String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    return name.isEmpty() ? username : name;
  }
}
