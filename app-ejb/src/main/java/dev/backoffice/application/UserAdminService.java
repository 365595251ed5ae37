package dev.backoffice.application;

/**
 * The users of the caller's tenant and their roles (tenant admins manage them, auditors read). The tenant is always
 * the caller's own (from the verified identity), never an input. A user id of another tenant's user answers exactly
 * like an unknown one (404). Users live in the identity provider; with the embedded demo registry the list is
 * read-only and every change is refused with {@code users.readOnlyDirectory}.
 */
public interface UserAdminService {

  /** The tenant's users with their product role, and whether they can be managed from here. */
  TenantUsers listUsers();

  /**
   * Creates a user in the caller's tenant with one assignable role and sends the invitation e-mail (set a password,
   * verify the address). The user is kept when the e-mail cannot be sent: {@link Invitation#invitationSent()} is then
   * false and {@link #resendInvitation(String)} tries again.
   */
  Invitation invite(NewUser user);

  /** Gives a user of the caller's tenant another assignable role; the last tenant admin keeps theirs. */
  TenantUserView changeRole(String userId, String role);

  /**
   * Lets a user of the caller's tenant sign in again, or stops them from signing in (their data and role stay). Nobody
   * disables themself, and the last enabled tenant admin stays enabled.
   */
  TenantUserView setEnabled(String userId, boolean enabled);

  /** Sends the invitation e-mail again to a user of the caller's tenant. */
  Invitation resendInvitation(String userId);
}
