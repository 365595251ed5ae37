package dev.backoffice.application.internal;

import dev.backoffice.application.PublicEvent;
import dev.backoffice.application.RegistrationSubmission;
import dev.backoffice.application.TariffView;
import dev.backoffice.domain.model.event.Event;
import dev.backoffice.domain.model.event.EventRepository;
import dev.backoffice.domain.model.registration.RequestSource;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * The public page's work inside the tenant it names: each method is a new transaction started after
 * {@code TenantScope.runAs} bound the tenant. Only {@link DefaultPublicRegistrationService} calls it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PublicIntakeWorker {

  @Inject EventRepository events;

  @Inject RegistrationIntake intake;

  public PublicEvent event(String tenantName, UUID eventId) {
    Event e = events.find(eventId).orElseThrow(() -> new RecordNotFoundException("event", eventId));
    return new PublicEvent(
        tenantName,
        e.name(),
        e.startsOn(),
        e.endsOn(),
        e.venue(),
        e.acceptsRegistrationsAt(Instant.now()),
        e.registrationClosesAt(),
        e.tariffs().stream()
            .filter(t -> t.active())
            .map(t -> new TariffView(t.id(), t.name(), t.price(), t.currency(), t.vatMode(), t.vatExemptionReason(), t.active()))
            .toList());
  }

  public UUID submit(RegistrationSubmission s) {
    RegistrationSubmission withoutLate =
        new RegistrationSubmission(s.eventId(), s.tariffId(), s.participants(), s.company(), s.contact(), null);
    return intake.submit(withoutLate, RequestSource.FORM, null, false).request().summary().id();
  }
}
