package dev.backoffice.infrastructure.persistence;

import dev.backoffice.tenancy.TenantContext;
import jakarta.enterprise.inject.spi.CDI;
import java.util.UUID;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which tenant a new session belongs to; Hibernate then fills and filters every {@code @TenantId}
 * column with it. Instantiated by Hibernate (not CDI), so it looks the context up. With no tenant it answers
 * {@link TenantContext#NO_TENANT}, which matches no row and cannot be inserted (foreign key).
 */
public class HibernateTenantIdentifierResolver implements CurrentTenantIdentifierResolver<UUID> {

  @Override
  public UUID resolveCurrentTenantIdentifier() {
    return CDI.current().select(TenantContext.class).get().currentTenantId().orElse(TenantContext.NO_TENANT);
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return false;
  }
}
