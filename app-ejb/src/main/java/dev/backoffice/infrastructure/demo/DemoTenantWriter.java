package dev.backoffice.infrastructure.demo;

import dev.backoffice.domain.model.audit.AuditEntry;
import dev.backoffice.domain.model.audit.AuditRepository;
import dev.backoffice.domain.model.event.Event;
import dev.backoffice.domain.model.event.EventDetails;
import dev.backoffice.domain.model.event.EventRepository;
import dev.backoffice.domain.model.event.TariffDetails;
import dev.backoffice.domain.model.event.VatMode;
import dev.backoffice.domain.model.legalentity.LegalEntity;
import dev.backoffice.domain.model.legalentity.LegalEntityDetails;
import dev.backoffice.domain.model.legalentity.LegalEntityRepository;
import dev.backoffice.domain.model.tenant.Tenant;
import dev.backoffice.domain.model.tenant.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Writes demo data, each step in its own transaction so the tenant is bound before the session opens. */
@Stateless
public class DemoTenantWriter {

  @Inject TenantRepository tenants;

  @Inject LegalEntityRepository legalEntities;

  @Inject AuditRepository audit;

  @Inject EventRepository events;

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

  /** A demo seller created before sellers had bank details gets them (the demo must be able to issue documents). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void completeSeller(LegalEntityDetails details) {
    legalEntities.list().stream()
        .filter(e -> e.inn().equals(details.inn()) && e.details().bik() == null)
        .forEach(e -> e.change(details));
  }

  /** A demo conference with open registration and three tariffs; call inside {@code TenantScope.runAs}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createEventIfNone(String name, String venue) {
    if (!events.list().isEmpty()) {
      return;
    }
    LegalEntity seller = legalEntities.list().stream().filter(LegalEntity::active).findFirst().orElse(null);
    if (seller == null) {
      return;
    }
    ZoneId moscow = ZoneId.of("Europe/Moscow");
    LocalDate today = LocalDate.now(moscow);
    LocalDate starts = today.plusDays(45);
    Event e =
        new Event(
            new EventDetails(
                name,
                starts,
                starts.plusDays(1),
                venue,
                moscow.getId(),
                today.minusDays(7).atTime(LocalTime.of(10, 0)),
                starts.minusDays(2).atTime(LocalTime.of(18, 0)),
                500,
                seller.id(),
                List.of(
                    new TariffDetails("Участие (1 человек)", new BigDecimal("61000.00"), VatMode.VAT_22_INCLUDED, null),
                    new TariffDetails("Участие с докладом", new BigDecimal("120000.00"), VatMode.VAT_22_ADDED, null),
                    new TariffDetails(
                        "Онлайн-трансляция",
                        new BigDecimal("15000.00"),
                        VatMode.WITHOUT_VAT,
                        "НДС не облагается в связи с применением УСН (ст. 346.11 НК РФ)"))),
            Instant.now());
    events.add(e);
    audit.append(new AuditEntry(Instant.now(), "system", "event.created", "event", e.id().toString(), "demo data"));
  }

  /** The first event of the scoped tenant, for the public registration link in the start-up banner. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<UUID> firstEventId() {
    return events.list().stream().map(Event::id).findFirst();
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
