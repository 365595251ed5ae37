package dev.backoffice.domain.model.counterparty;

import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.Text;
import dev.backoffice.domain.requisites.EntityType;
import dev.backoffice.domain.requisites.RequisitesInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A company's details (реквизиты) as a buyer gives them: names, identifiers, addresses, bank, signatory and
 * contacts. Immutable. {@link #cleaned()} trims and length-checks the text fields; the requisites gate checks the
 * identifiers. The same value is kept on the request (as submitted) and in the directory (as confirmed).
 */
@Embeddable
public record CompanyDetails(
    @Enumerated(EnumType.STRING) @Column(name = "entity_type", nullable = false, length = 20) EntityType entityType,
    @Column(name = "full_name", nullable = false, length = 500) String fullName,
    @Column(name = "short_name", length = 200) String shortName,
    @Column(name = "inn", nullable = false, length = 12) String inn,
    @Column(name = "kpp", length = 9) String kpp,
    @Column(name = "ogrn", length = 15) String ogrn,
    @Column(name = "legal_address", length = 500) String legalAddress,
    @Column(name = "postal_address", length = 500) String postalAddress,
    @Column(name = "bank_name", length = 300) String bankName,
    @Column(name = "bik", length = 9) String bik,
    @Column(name = "correspondent_account", length = 20) String correspondentAccount,
    @Column(name = "settlement_account", length = 20) String settlementAccount,
    @Column(name = "signatory_name", length = 200) String signatoryName,
    @Column(name = "signatory_position", length = 200) String signatoryPosition,
    @Enumerated(EnumType.STRING) @Column(name = "signatory_basis", length = 30) SignatoryBasis signatoryBasis,
    @Column(name = "power_of_attorney_number", length = 100) String powerOfAttorneyNumber,
    @Column(name = "power_of_attorney_date") LocalDate powerOfAttorneyDate,
    @Column(name = "email", length = 254) String email,
    @Column(name = "phone", length = 50) String phone) {


  /** The identifiers for the requisites gate. */
  public RequisitesInput requisites() {
    return new RequisitesInput(entityType, inn, kpp, ogrn, bik, correspondentAccount, settlementAccount);
  }

  /**
   * Trims and checks the text fields (required ones, lengths, e-mail shape, power of attorney completeness). The
   * identifiers are left as given: the gate normalises and checks them.
   */
  public CompanyDetails cleaned() {
    if (entityType == null) {
      throw new InvalidInputException("required", "entityType");
    }
    String mail = Text.optional("email", email, 254);
    if (mail != null && !Text.isEmail(mail)) {
      throw new InvalidInputException("email", "email");
    }
    if (signatoryBasis == SignatoryBasis.POWER_OF_ATTORNEY && (Text.clean(powerOfAttorneyNumber) == null || powerOfAttorneyDate == null)) {
      throw new InvalidInputException("powerOfAttorney.required", "powerOfAttorneyNumber");
    }
    return new CompanyDetails(
        entityType,
        Text.required("fullName", fullName, 500),
        Text.optional("shortName", shortName, 200),
        Text.required("inn", inn, 64),
        Text.optional("kpp", kpp, 64),
        Text.optional("ogrn", ogrn, 64),
        Text.optional("legalAddress", legalAddress, 500),
        Text.optional("postalAddress", postalAddress, 500),
        Text.optional("bankName", bankName, 300),
        Text.optional("bik", bik, 64),
        Text.optional("correspondentAccount", correspondentAccount, 64),
        Text.optional("settlementAccount", settlementAccount, 64),
        Text.optional("signatoryName", signatoryName, 200),
        Text.optional("signatoryPosition", signatoryPosition, 200),
        signatoryBasis,
        signatoryBasis == SignatoryBasis.POWER_OF_ATTORNEY ? Text.optional("powerOfAttorneyNumber", powerOfAttorneyNumber, 100) : null,
        signatoryBasis == SignatoryBasis.POWER_OF_ATTORNEY ? powerOfAttorneyDate : null,
        mail,
        Text.optional("phone", phone, 50));
  }

  /** A copy with the identifiers replaced by the gate's normalised values. */
  public CompanyDetails withIdentifiers(
      String inn, String kpp, String ogrn, String bik, String correspondentAccount, String settlementAccount) {
    return new CompanyDetails(
        entityType, fullName, shortName, inn, kpp, ogrn, legalAddress, postalAddress, bankName, bik,
        correspondentAccount, settlementAccount, signatoryName, signatoryPosition, signatoryBasis,
        powerOfAttorneyNumber, powerOfAttorneyDate, email, phone);
  }

  /** Every field that differs in {@code corrected}, as {@code field: old → new} ("—" for an empty value). */
  public List<String> changesTo(CompanyDetails corrected) {
    List<String> changes = new ArrayList<>();
    change(changes, "entityType", entityType, corrected.entityType);
    change(changes, "fullName", fullName, corrected.fullName);
    change(changes, "shortName", shortName, corrected.shortName);
    change(changes, "inn", inn, corrected.inn);
    change(changes, "kpp", kpp, corrected.kpp);
    change(changes, "ogrn", ogrn, corrected.ogrn);
    change(changes, "legalAddress", legalAddress, corrected.legalAddress);
    change(changes, "postalAddress", postalAddress, corrected.postalAddress);
    change(changes, "bankName", bankName, corrected.bankName);
    change(changes, "bik", bik, corrected.bik);
    change(changes, "correspondentAccount", correspondentAccount, corrected.correspondentAccount);
    change(changes, "settlementAccount", settlementAccount, corrected.settlementAccount);
    change(changes, "signatoryName", signatoryName, corrected.signatoryName);
    change(changes, "signatoryPosition", signatoryPosition, corrected.signatoryPosition);
    change(changes, "signatoryBasis", signatoryBasis, corrected.signatoryBasis);
    change(changes, "powerOfAttorneyNumber", powerOfAttorneyNumber, corrected.powerOfAttorneyNumber);
    change(changes, "powerOfAttorneyDate", powerOfAttorneyDate, corrected.powerOfAttorneyDate);
    change(changes, "email", email, corrected.email);
    change(changes, "phone", phone, corrected.phone);
    return changes;
  }

  private static void change(List<String> changes, String field, Object was, Object is) {
    if (!Objects.equals(was, is)) {
      changes.add(field + ": " + (was == null ? "—" : was) + " → " + (is == null ? "—" : is));
    }
  }

  /** The names of the fields whose values differ from {@code other} (what an operator must choose between). */
  public List<String> differencesFrom(CompanyDetails other) {
    List<String> diff = new ArrayList<>();
    compare(diff, "entityType", entityType, other.entityType);
    compare(diff, "fullName", fullName, other.fullName);
    compare(diff, "ogrn", ogrn, other.ogrn);
    compare(diff, "legalAddress", legalAddress, other.legalAddress);
    compare(diff, "bankName", bankName, other.bankName);
    compare(diff, "bik", bik, other.bik);
    compare(diff, "correspondentAccount", correspondentAccount, other.correspondentAccount);
    compare(diff, "settlementAccount", settlementAccount, other.settlementAccount);
    compare(diff, "signatoryName", signatoryName, other.signatoryName);
    compare(diff, "signatoryPosition", signatoryPosition, other.signatoryPosition);
    compare(diff, "signatoryBasis", signatoryBasis, other.signatoryBasis);
    return diff;
  }

  private static void compare(List<String> diff, String field, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      diff.add(field);
    }
  }
}
