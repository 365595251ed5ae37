package dev.backoffice.application;

import java.util.List;
import java.util.Optional;

/**
 * Port: where the users of the tenants live (Keycloak, or the embedded demo registry). Implemented in infrastructure
 * and chosen with the identity source. The application checks roles and tenancy; the directory only executes. Every
 * failure to reach it or an answer it cannot use is a {@link UserDirectoryException}; a refusal a user can act on (the
 * user exists) is a {@link dev.backoffice.domain.model.shared.ConflictException}.
 */
public interface UserDirectory {

  /** False when users and roles cannot be changed through this directory (the demo registry). */
  boolean manageable();

  /** The members of the tenant's group with their product role. */
  List<TenantUserView> members(String tenantSlug);

  /** One member of the tenant's group; empty when the id is unknown or belongs to no member of this tenant. */
  default Optional<TenantUserView> member(String tenantSlug, String userId) {
    return members(tenantSlug).stream().filter(u -> u.id().equals(userId)).findFirst();
  }

  /** Creates the user (enabled, with the actions "update password" and "verify e-mail"), in the tenant with the role. */
  TenantUserView create(String tenantSlug, NewUser user);

  /** Replaces the user's tenant role (tenant-admin, operator, auditor) by {@code role}. */
  void changeRole(String userId, String role);

  /** Enables or disables the user's sign-in. */
  void setEnabled(String userId, boolean enabled);

  /** Asks the directory to send the invitation e-mail; false when it could not be sent. */
  boolean sendInvitation(String userId);

  /** Makes sure the tenant's group exists (idempotent); a directory without groups does nothing. */
  void ensureTenantGroup(String tenantSlug);
}
