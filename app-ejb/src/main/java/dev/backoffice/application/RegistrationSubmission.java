package dev.backoffice.application;

import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.registration.ContactPerson;
import dev.backoffice.domain.model.registration.ParticipantDetails;
import java.util.List;
import java.util.UUID;

/**
 * A registration request as a channel submits it. {@code lateReason} is given only by an operator or tenant admin
 * accepting a request after registration closed. {@code documentLanguage} ({@code ru} or {@code en}, null = ru) is the
 * language of the contract and the invoice.
 */
public record RegistrationSubmission(
    UUID eventId,
    UUID tariffId,
    List<ParticipantDetails> participants,
    CompanyDetails company,
    ContactPerson contact,
    String lateReason,
    String documentLanguage) {

  /** A submission whose documents are drawn up in Russian (the default). */
  public RegistrationSubmission(
      UUID eventId, UUID tariffId, List<ParticipantDetails> participants, CompanyDetails company, ContactPerson contact,
      String lateReason) {
    this(eventId, tariffId, participants, company, contact, lateReason, null);
  }
}
