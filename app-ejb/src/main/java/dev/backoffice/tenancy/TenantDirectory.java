package dev.backoffice.tenancy;

import java.util.Optional;
import java.util.UUID;

/**
 * Looks tenants up by slug or id without opening a JPA session (it is used while Hibernate opens one). Results may be
 * cached briefly; {@link #evict()} drops the cache after a platform admin changes a tenant.
 */
public interface TenantDirectory {

  Optional<TenantRef> bySlug(String slug);

  Optional<TenantRef> byId(UUID id);

  void evict();
}
