package dev.backoffice.application.internal;

import dev.backoffice.application.EventService;
import dev.backoffice.application.EventView;
import dev.backoffice.application.TariffView;
import dev.backoffice.domain.model.event.Event;
import dev.backoffice.domain.model.event.EventDetails;
import dev.backoffice.domain.model.event.EventRepository;
import dev.backoffice.domain.model.legalentity.LegalEntity;
import dev.backoffice.domain.model.legalentity.LegalEntityRepository;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Stateless
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
public class DefaultEventService implements EventService {

  @Inject EventRepository events;

  @Inject LegalEntityRepository legalEntities;

  @Inject TenantContext tenantContext;

  @Inject AuditTrail audit;

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public List<EventView> list() {
    tenantContext.requireTenantId();
    Instant now = Instant.now();
    return events.list().stream().map(e -> view(e, now)).toList();
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public EventView get(UUID id) {
    tenantContext.requireTenantId();
    return view(load(id), Instant.now());
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public EventView create(EventDetails details) {
    tenantContext.requireTenantId();
    if (details.sellerId() != null) {
      LegalEntity seller =
          legalEntities
              .find(details.sellerId())
              .orElseThrow(() -> new InvalidInputException("event.unknownSeller", "sellerId"));
      if (!seller.active()) {
        throw new InvalidInputException("event.inactiveSeller", "sellerId");
      }
    }
    Event event = new Event(details, Instant.now());
    events.add(event);
    audit.record("event.created", "event", event.id(), event.name());
    return view(event, Instant.now());
  }

  private Event load(UUID id) {
    if (id == null) {
      throw new RecordNotFoundException("event", null);
    }
    return events.find(id).orElseThrow(() -> new RecordNotFoundException("event", id));
  }

  static EventView view(Event e, Instant now) {
    return new EventView(
        e.id(),
        e.name(),
        e.startsOn(),
        e.endsOn(),
        e.venue(),
        e.timeZone().getId(),
        e.registrationOpensAt(),
        e.registrationClosesAt(),
        e.acceptsRegistrationsAt(now),
        e.capacity(),
        e.sellerId(),
        e.tariffs().stream()
            .map(t -> new TariffView(t.id(), t.name(), t.price(), t.currency(), t.vatMode(), t.vatExemptionReason(), t.active()))
            .toList(),
        e.version());
  }
}
