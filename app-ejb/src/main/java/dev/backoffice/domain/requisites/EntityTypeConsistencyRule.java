package dev.backoffice.domain.requisites;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity type ↔ identifiers. Source: russian-rules.md §1.1–§1.4 and the gate of §1.9.
 *
 * <ul>
 *   <li>organisation: a 12-digit ИНН is {@code inn.organisationLength}; a 15-digit ОГРНИП is {@code
 *       ogrn.organisationLength};
 *   <li>entrepreneur (ИП): a 10-digit ИНН is {@code inn.entrepreneurLength}; a 13-digit ОГРН is
 *       {@code ogrn.entrepreneurLength}; any КПП is {@code kpp.forbiddenForEntrepreneur}.
 * </ul>
 * Only lengths that are valid for the other entity type are reported here; other lengths and
 * characters are the field rules' business. Nothing is reported without an entity type, and a
 * missing КПП of an organisation is reported only by {@link
 * RequisitesGate#checkComplete(RequisitesInput)}.
 */
public final class EntityTypeConsistencyRule implements RequisitesRule {

  @Override
  public List<Violation> check(RequisitesInput input) {
    return validate(input.entityType(), input.inn(), input.kpp(), input.ogrn());
  }

  /** Violations of the ИНН / КПП / ОГРН lengths against {@code type}; empty if type is null. */
  public List<Violation> validate(EntityType type, String rawInn, String rawKpp, String rawOgrn) {
    if (type == null) {
      return List.of();
    }
    String inn = Normalizer.normalize(rawInn);
    String kpp = Normalizer.normalize(rawKpp);
    String ogrn = Normalizer.normalize(rawOgrn);
    List<Violation> found = new ArrayList<>();
    if (type == EntityType.ORGANISATION) {
      if (Digits.isDigits(inn, 12)) {
        found.add(Violation.error(RequisiteField.INN, ViolationCode.INN_ORGANISATION_LENGTH));
      }
      if (Digits.isDigits(ogrn, 15)) {
        found.add(Violation.error(RequisiteField.OGRN, ViolationCode.OGRN_ORGANISATION_LENGTH));
      }
    } else {
      if (Digits.isDigits(inn, 10)) {
        found.add(Violation.error(RequisiteField.INN, ViolationCode.INN_ENTREPRENEUR_LENGTH));
      }
      if (kpp != null) {
        found.add(Violation.error(RequisiteField.KPP, ViolationCode.KPP_FORBIDDEN_FOR_ENTREPRENEUR));
      }
      if (Digits.isDigits(ogrn, 13)) {
        found.add(Violation.error(RequisiteField.OGRN, ViolationCode.OGRN_ENTREPRENEUR_LENGTH));
      }
    }
    return List.copyOf(found);
  }
}
