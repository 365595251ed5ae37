package dev.backoffice.interfaces.rest.registration;

import dev.backoffice.application.RegistrationDetail;
import dev.backoffice.application.RegistrationSummary;
import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.counterparty.SignatoryBasis;
import dev.backoffice.domain.model.registration.ContactPerson;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.requisites.EntityType;
import dev.backoffice.interfaces.facade.RequisitesAssembler;
import dev.backoffice.interfaces.facade.RequisitesAssembler.FieldVerdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes of registration requests in the API, and their mapping to the application's types. */
public final class RegistrationDtos {

  private RegistrationDtos() {}

  /** Corrected company details of a request, the version read and why. */
  public record CompanyCorrection(Company company, Long version, String reason) {}

  /** The language of a request's contract and invoice, and the version read. */
  public record DocumentLanguage(String language, Long version) {}

  /** Why something is done. */
  public record Reason(String reason) {}

  /** Company details; {@code entityType} is organisation or entrepreneur, {@code ogrn} carries an ОГРНИП. */
  public record Company(
      String entityType,
      String fullName,
      String shortName,
      String inn,
      String kpp,
      String ogrn,
      String legalAddress,
      String postalAddress,
      String bankName,
      String bik,
      String correspondentAccount,
      String settlementAccount,
      String signatoryName,
      String signatoryPosition,
      SignatoryBasis signatoryBasis,
      String powerOfAttorneyNumber,
      LocalDate powerOfAttorneyDate,
      String email,
      String phone) {

    CompanyDetails toDomain() {
      EntityType type;
      try {
        type = entityType == null || entityType.isBlank() ? null : EntityType.fromCode(entityType.strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("requisites.entityType", "company.entityType");
      }
      return new CompanyDetails(
          type, fullName, shortName, inn, kpp, ogrn, legalAddress, postalAddress, bankName, bik, correspondentAccount,
          settlementAccount, signatoryName, signatoryPosition, signatoryBasis, powerOfAttorneyNumber,
          powerOfAttorneyDate, email, phone);
    }

    static Company of(CompanyDetails c) {
      return new Company(
          c.entityType() == null ? null : c.entityType().code(), c.fullName(), c.shortName(), c.inn(), c.kpp(), c.ogrn(),
          c.legalAddress(), c.postalAddress(), c.bankName(), c.bik(), c.correspondentAccount(), c.settlementAccount(),
          c.signatoryName(), c.signatoryPosition(), c.signatoryBasis(), c.powerOfAttorneyNumber(),
          c.powerOfAttorneyDate(), c.email(), c.phone());
    }
  }

  public record Participant(String fullName, String email, String position) {}

  public record Contact(String name, String email, String phone) {}

  /** The body of {@code POST /registration-requests}. */
  public record Submission(
      UUID eventId,
      UUID tariffId,
      List<Participant> participants,
      Company company,
      Contact contact,
      String lateReason,
      String documentLanguage) {}

  /** A request as the API shows it, with the requisites gate's verdict per field. */
  public record Request(
      RegistrationSummary summary,
      UUID tariffId,
      Company company,
      ContactPerson contact,
      UUID counterpartyId,
      List<String> directoryDifferences,
      String lateReason,
      List<RegistrationDetail.Person> participants,
      List<RegistrationDetail.Change> history,
      Map<String, FieldVerdict> requisites,
      String documentLanguage) {

    static Request of(RegistrationDetail d, Locale locale) {
      return new Request(
          d.summary(),
          d.tariffId(),
          Company.of(d.company()),
          d.contact(),
          d.counterpartyId(),
          d.directoryDifferences(),
          d.lateReason(),
          d.participants(),
          d.history(),
          RequisitesAssembler.fields(d.requisites(), locale),
          d.documentLanguage());
    }
  }

  /** The body of {@code POST /registration-requests/{id}/transitions}. */
  public record Transition(String to, Long version, String comment, String directoryChoice) {}

  public record CommentBody(String text) {}

  public record Assignment(String assignee) {}
}
