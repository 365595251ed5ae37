package dev.backoffice.application;

import java.util.List;
import java.util.UUID;

/** Tenants: managed by the platform admin; every authenticated user can read their own. */
public interface TenantService {

  List<TenantView> listTenants();

  TenantView createTenant(NewTenant tenant);

  TenantView setActive(UUID tenantId, boolean active);

  CurrentUserView currentUser();
}
