package dev.backoffice.infrastructure.demo;

import dev.backoffice.domain.model.audit.AuditEntry;
import dev.backoffice.domain.model.audit.AuditRepository;
import dev.backoffice.domain.model.legalentity.LegalEntity;
import dev.backoffice.domain.model.legalentity.LegalEntityDetails;
import dev.backoffice.domain.model.legalentity.LegalEntityRepository;
import dev.backoffice.domain.model.tenant.Tenant;
import dev.backoffice.domain.model.tenant.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Writes demo data, each step in its own transaction so the tenant is bound before the session opens. */
@Stateless
public class DemoTenantWriter {

  @Inject TenantRepository tenants;

  @Inject LegalEntityRepository legalEntities;

  @Inject AuditRepository audit;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<UUID> findTenant(String slug) {
    return tenants.findBySlug(slug).map(Tenant::id);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public UUID createTenant(String slug, String displayName, String legalName) {
    Tenant t = new Tenant(slug, displayName, legalName, Instant.now());
    tenants.add(t);
    return t.id();
  }

  /** Call inside {@code TenantScope.runAs(tenantId, ...)}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createLegalEntity(LegalEntityDetails details) {
    LegalEntity e = new LegalEntity(details, Instant.now());
    legalEntities.add(e);
    audit.append(
        new AuditEntry(Instant.now(), "system", "legalEntity.created", "legalEntity", e.id().toString(), "demo data"));
  }
}
