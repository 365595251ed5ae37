package dev.backoffice.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant the current work acts for. Resolved from an explicit {@link TenantScope} (background work) or else from
 * the authenticated caller through the {@link IdentitySource} — never from a header, parameter, cookie or body.
 * Fails closed: an unknown or inactive tenant, or a caller bound to no single tenant, means "no tenant".
 */
@ApplicationScoped
public class TenantContext {

  /** A tenant id that matches no row: what Hibernate filters by when there is no tenant. */
  public static final UUID NO_TENANT = new UUID(0L, 0L);

  @Inject IdentitySource identitySource;

  @Inject TenantDirectory directory;

  public Optional<Caller> caller() {
    return identitySource.currentCaller();
  }

  public Optional<TenantRef> currentTenant() {
    UUID scoped = TenantScope.scopedTenant();
    if (scoped != null) {
      return directory.byId(scoped).filter(TenantRef::active);
    }
    return identitySource
        .currentCaller()
        .flatMap(Caller::tenantKey)
        .flatMap(directory::bySlug)
        .filter(TenantRef::active);
  }

  public Optional<UUID> currentTenantId() {
    return currentTenant().map(TenantRef::id);
  }

  /** The current tenant's id; throws {@link NoTenantException} when there is none. */
  public UUID requireTenantId() {
    return currentTenantId().orElseThrow(() -> new NoTenantException("no active tenant for this caller"));
  }

  public String callerName() {
    return identitySource.currentCaller().map(Caller::name).orElse("system");
  }
}
