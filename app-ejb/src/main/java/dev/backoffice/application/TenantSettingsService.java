package dev.backoffice.application;

/** The tenant's settings. Everyone in the tenant reads them; the tenant admin changes them. */
public interface TenantSettingsService {

  ServiceLevel currentServiceLevel();

  ServiceLevel changeServiceLevel(ServiceLevel level);
}
