package dev.backoffice.application.internal;

import dev.backoffice.application.CurrentUserView;
import dev.backoffice.application.NewTenant;
import dev.backoffice.application.TenantService;
import dev.backoffice.application.TenantView;
import dev.backoffice.application.UserDirectory;
import dev.backoffice.domain.model.shared.ConflictException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.domain.model.tenant.Tenant;
import dev.backoffice.domain.model.tenant.TenantRepository;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import dev.backoffice.tenancy.TenantDirectory;
import dev.backoffice.tenancy.TenantRef;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

@Stateless
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
public class DefaultTenantService implements TenantService {

  private static final Logger LOG = Logger.getLogger(DefaultTenantService.class.getName());

  @Inject TenantRepository tenants;

  @Inject TenantDirectory directory;

  @Inject TenantContext tenantContext;

  @Inject UserDirectory userDirectory;

  @Resource SessionContext session;

  @Override
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public List<TenantView> listTenants() {
    return tenants.listAll().stream().map(DefaultTenantService::view).toList();
  }

  @Override
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public TenantView createTenant(NewTenant command) {
    Tenant tenant = new Tenant(command.slug(), command.displayName(), command.legalName(), Instant.now());
    if (tenants.findBySlug(tenant.slug()).isPresent()) {
      throw new ConflictException("tenant.slugTaken", "slug", tenant.slug());
    }
    tenants.add(tenant);
    // the tenant's group in the identity provider (Keycloak; nothing with the demo registry): a failure throws and
    // rolls the insert back; an existing group of this tenant is reused (idempotent)
    userDirectory.ensureTenantGroup(tenant.slug());
    directory.evict();
    LOG.info(() -> "Tenant " + tenant.slug() + " created by " + session.getCallerPrincipal().getName());
    return view(tenant);
  }

  @Override
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public TenantView setActive(UUID tenantId, boolean active) {
    Tenant tenant = tenants.find(tenantId).orElseThrow(() -> new RecordNotFoundException("tenant", tenantId));
    if (active) {
      tenant.activate();
    } else {
      tenant.deactivate();
    }
    directory.evict();
    LOG.info(
        () ->
            "Tenant " + tenant.slug() + (active ? " activated" : " deactivated") + " by "
                + session.getCallerPrincipal().getName());
    return view(tenant);
  }

  @Override
  @PermitAll
  public CurrentUserView currentUser() {
    List<String> roles = new ArrayList<>();
    for (String role : Roles.ALL) {
      if (session.isCallerInRole(role)) {
        roles.add(role);
      }
    }
    Optional<TenantRef> tenant = tenantContext.currentTenant();
    TenantView tenantView = tenant.flatMap(t -> tenants.find(t.id())).map(DefaultTenantService::view).orElse(null);
    return new CurrentUserView(session.getCallerPrincipal().getName(), tenantView, List.copyOf(roles));
  }

  static TenantView view(Tenant t) {
    return new TenantView(
        t.id(), t.slug(), t.displayName(), t.legalName(), t.active(), t.createdAt(), t.version());
  }
}
