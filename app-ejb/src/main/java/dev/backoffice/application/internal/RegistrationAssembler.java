package dev.backoffice.application.internal;

import dev.backoffice.application.RegistrationDetail;
import dev.backoffice.application.RegistrationSummary;
import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.counterparty.CounterpartyRepository;
import dev.backoffice.domain.model.registration.RegistrationRequest;
import dev.backoffice.domain.model.registration.RegistrationRequestRepository;
import dev.backoffice.domain.requisites.RequisitesGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Builds the application's views of a registration request (after flushing, so versions are current). */
@ApplicationScoped
public class RegistrationAssembler {

  private final RequisitesGate gate = new RequisitesGate();

  @Inject RegistrationRequestRepository requests;

  @Inject CounterpartyRepository counterparties;

  static RegistrationSummary summary(RegistrationRequest r) {
    CompanyDetails c = r.company();
    return new RegistrationSummary(
        r.id(),
        r.event().id(),
        r.event().name(),
        r.tariff().name(),
        c.shortName() != null ? c.shortName() : c.fullName(),
        c.inn(),
        c.kpp(),
        r.participantsCount(),
        r.source(),
        r.status(),
        r.receivedAt(),
        r.slaDeadline(),
        r.lateException(),
        r.directoryDiffers(),
        r.assignee(),
        r.version());
  }

  RegistrationDetail detail(RegistrationRequest r) {
    requests.flush();
    List<String> differences =
        r.counterpartyId() == null || !r.directoryDiffers()
            ? List.of()
            : counterparties.find(r.counterpartyId()).map(c -> r.company().differencesFrom(c.details())).orElse(List.of());
    return new RegistrationDetail(
        summary(r),
        r.tariff().id(),
        r.company(),
        r.contact(),
        r.counterpartyId(),
        differences,
        r.lateReason(),
        r.participants().stream().map(p -> new RegistrationDetail.Person(p.fullName(), p.email(), p.jobTitle())).toList(),
        r.history().stream()
            .map(h -> new RegistrationDetail.Change(h.occurredAt(), h.actor(), h.kind(), h.fromStatus(), h.toStatus(), h.comment()))
            .toList(),
        gate.checkComplete(r.company().requisites()),
        r.documentLocale());
  }
}
