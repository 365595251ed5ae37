package dev.backoffice.domain.model.settings;

import java.util.Optional;

/** The current tenant's settings row, if it has one. */
public interface TenantSettingsRepository {

  Optional<TenantSettings> current();

  void add(TenantSettings settings);

  void flush();
}
