package dev.backoffice.application.internal;

import dev.backoffice.application.Invitation;
import dev.backoffice.application.NewUser;
import dev.backoffice.application.TenantUserView;
import dev.backoffice.application.TenantUsers;
import dev.backoffice.application.UserAdminService;
import dev.backoffice.application.UserDirectory;
import dev.backoffice.domain.model.shared.ConflictException;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.domain.model.shared.Text;
import dev.backoffice.domain.model.tenant.TenantRepository;
import dev.backoffice.tenancy.NoTenantException;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import dev.backoffice.tenancy.TenantRef;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Tenant user management. The tenant is the caller's (TenantContext), never an input; every change first checks that
 * the user is a member of the caller's tenant (else 404, like a missing record), that the role is one a tenant admin
 * may assign, and that the tenant keeps at least one enabled tenant admin.
 */
@Stateless
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
public class DefaultUserAdminService implements UserAdminService {

  /** What a tenant admin may assign: never platform-admin. */
  static final Set<String> ASSIGNABLE = Set.of(Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR);

  static final int NAME_MAX = 100;
  static final int EMAIL_MAX = 254;

  private static final Logger LOG = Logger.getLogger(DefaultUserAdminService.class.getName());

  @Inject UserDirectory directory;

  @Inject TenantContext tenantContext;

  @Inject TenantRepository tenants;

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.AUDITOR})
  public TenantUsers listUsers() {
    return new TenantUsers(directory.manageable(), directory.members(tenantSlug()));
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public Invitation invite(NewUser user) {
    String tenant = tenantSlug();
    requireManageable();
    if (user == null) {
      throw new InvalidInputException("required", "email");
    }
    String email = Text.required("email", user.email(), EMAIL_MAX).toLowerCase(Locale.ROOT);
    if (!Text.isEmail(email)) {
      throw new InvalidInputException("email", "email");
    }
    String firstName = Text.required("firstName", user.firstName(), NAME_MAX);
    String lastName = Text.required("lastName", user.lastName(), NAME_MAX);
    String role = assignable(user.role());
    String locale = Text.clean(user.locale());
    if (locale != null && !List.of("ru", "en").contains(locale)) {
      throw new InvalidInputException("users.locale", "locale", locale);
    }
    TenantUserView created = directory.create(tenant, new NewUser(email, firstName, lastName, role, locale));
    boolean sent = directory.sendInvitation(created.id());
    LOG.info(
        () -> "User " + email + " invited into " + tenant + " as " + role + " by " + callerName()
            + (sent ? "" : " (the invitation e-mail could not be sent)"));
    return new Invitation(created, sent);
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public TenantUserView changeRole(String userId, String role) {
    String tenant = tenantSlug();
    requireManageable();
    String newRole = assignable(role);
    serializeChanges();
    List<TenantUserView> members = directory.members(tenant);
    TenantUserView user = member(members, userId);
    if (newRole.equals(user.role())) {
      return user;
    }
    if (Roles.TENANT_ADMIN.equals(user.role()) && enabledTenantAdmins(members) <= 1 && user.enabled()) {
      throw new ConflictException("users.lastTenantAdmin", "role");
    }
    directory.changeRole(user.id(), newRole);
    LOG.info(
        () -> "Role of " + user.username() + " in " + tenant + ": " + user.role() + " -> " + newRole + " by "
            + callerName());
    return directory.member(tenant, user.id()).orElseThrow(() -> new RecordNotFoundException("user", userId));
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public TenantUserView setEnabled(String userId, boolean enabled) {
    String tenant = tenantSlug();
    requireManageable();
    serializeChanges();
    List<TenantUserView> members = directory.members(tenant);
    TenantUserView user = member(members, userId);
    if (user.enabled() == enabled) {
      return user;
    }
    if (!enabled) {
      if (user.username() != null && user.username().equals(callerName())) {
        throw new ConflictException("users.selfDisable", null);
      }
      if (Roles.TENANT_ADMIN.equals(user.role()) && enabledTenantAdmins(members) <= 1) {
        throw new ConflictException("users.lastTenantAdmin", null);
      }
    }
    directory.setEnabled(user.id(), enabled);
    LOG.info(
        () -> "User " + user.username() + " in " + tenant + (enabled ? " enabled" : " disabled") + " by " + callerName());
    return directory.member(tenant, user.id()).orElseThrow(() -> new RecordNotFoundException("user", userId));
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public Invitation resendInvitation(String userId) {
    String tenant = tenantSlug();
    requireManageable();
    TenantUserView user = member(directory.members(tenant), userId);
    boolean sent = directory.sendInvitation(user.id());
    LOG.info(() -> "Invitation of " + user.username() + " sent again: " + sent);
    return new Invitation(user, sent);
  }

  /** The caller's tenant: the only tenant this service ever acts on. */
  String tenantSlug() {
    return tenantContext
        .currentTenant()
        .map(TenantRef::slug)
        .orElseThrow(() -> new NoTenantException("no active tenant for this caller"));
  }

  /**
   * Role and enablement changes of one tenant happen one at a time, also across servers: the tenant's row stays locked
   * until this transaction ends, so two tenant admins demoting each other at the same moment cannot both pass the
   * "last tenant admin" check — the second reads the members after the first's change.
   */
  void serializeChanges() {
    tenants.lock(tenantContext.requireTenantId());
  }

  String callerName() {
    return tenantContext.callerName();
  }

  private void requireManageable() {
    if (!directory.manageable()) {
      throw new ConflictException("users.readOnlyDirectory", null);
    }
  }

  static String assignable(String role) {
    String r = Text.clean(role);
    if (r == null) {
      throw new InvalidInputException("required", "role");
    }
    if (!ASSIGNABLE.contains(r)) {
      throw new InvalidInputException("users.roleNotAssignable", "role", r);
    }
    return r;
  }

  static TenantUserView member(List<TenantUserView> members, String userId) {
    return members.stream()
        .filter(u -> u.id().equals(userId))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("user", userId));
  }

  static long enabledTenantAdmins(List<TenantUserView> members) {
    return members.stream().filter(u -> u.enabled() && Roles.TENANT_ADMIN.equals(u.role())).count();
  }
}
