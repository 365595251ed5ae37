package dev.backoffice.application;

import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.registration.ContactPerson;
import dev.backoffice.domain.model.registration.HistoryKind;
import dev.backoffice.domain.model.registration.RequestStatus;
import dev.backoffice.domain.requisites.RequisitesVerdict;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A request with everything the detail screen shows, including the requisites gate's verdict per field. */
public record RegistrationDetail(
    RegistrationSummary summary,
    UUID tariffId,
    CompanyDetails company,
    ContactPerson contact,
    UUID counterpartyId,
    List<String> directoryDifferences,
    String lateReason,
    List<Person> participants,
    List<Change> history,
    RequisitesVerdict requisites,
    String documentLanguage) {

  public record Person(String fullName, String email, String position) {}

  public record Change(
      Instant occurredAt, String actor, HistoryKind kind, RequestStatus fromStatus, RequestStatus toStatus, String comment) {}
}
