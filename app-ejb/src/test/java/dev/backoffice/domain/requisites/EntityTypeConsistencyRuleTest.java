package dev.backoffice.domain.requisites;

import static dev.backoffice.domain.requisites.InnRuleTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTypeConsistencyRuleTest {

  private static final String ORG_INN = "7707083893";
  private static final String ORG_KPP = "773601001";
  private static final String ORG_OGRN = "1027700132195";
  private static final String IP_INN = "771479292224";
  private static final String IP_OGRNIP = "304770100000016";

  private final EntityTypeConsistencyRule rule = new EntityTypeConsistencyRule();

  @Test
  void consistentOrganisation() {
    assertEquals(List.of(), rule.validate(EntityType.ORGANISATION, ORG_INN, ORG_KPP, ORG_OGRN));
  }

  @Test
  void consistentEntrepreneur() {
    assertEquals(List.of(), rule.validate(EntityType.ENTREPRENEUR, IP_INN, null, IP_OGRNIP));
    assertEquals(List.of(), rule.validate(EntityType.ENTREPRENEUR, IP_INN, " ", IP_OGRNIP));
  }

  @Test
  void organisationWithEntrepreneurIdentifiers() {
    List<Violation> violations =
        rule.validate(EntityType.ORGANISATION, IP_INN, ORG_KPP, IP_OGRNIP);
    assertEquals(
        List.of(ViolationCode.INN_ORGANISATION_LENGTH, ViolationCode.OGRN_ORGANISATION_LENGTH),
        codes(violations));
    assertEquals(RequisiteField.INN, violations.get(0).field());
    assertEquals(RequisiteField.OGRN, violations.get(1).field());
  }

  @Test
  void entrepreneurWithKppIsRejected() {
    List<Violation> violations = rule.validate(EntityType.ENTREPRENEUR, IP_INN, ORG_KPP, IP_OGRNIP);
    assertEquals(List.of(ViolationCode.KPP_FORBIDDEN_FOR_ENTREPRENEUR), codes(violations));
    assertEquals(RequisiteField.KPP, violations.get(0).field());
  }

  @Test
  void entrepreneurWithOrganisationIdentifiers() {
    assertEquals(
        List.of(
            ViolationCode.INN_ENTREPRENEUR_LENGTH,
            ViolationCode.KPP_FORBIDDEN_FOR_ENTREPRENEUR,
            ViolationCode.OGRN_ENTREPRENEUR_LENGTH),
        codes(rule.validate(EntityType.ENTREPRENEUR, ORG_INN, ORG_KPP, ORG_OGRN)));
  }

  @Test
  void formattedValuesAreNormalisedFirst() {
    assertEquals(
        List.of(ViolationCode.INN_ENTREPRENEUR_LENGTH),
        codes(rule.validate(EntityType.ENTREPRENEUR, "7707 083 893", null, null)));
  }

  @Test
  void lengthsThatFitNoEntityTypeAreLeftToTheFieldRules() {
    assertEquals(List.of(), rule.validate(EntityType.ORGANISATION, "77070838931", null, "10277001321"));
    assertEquals(List.of(), rule.validate(EntityType.ENTREPRENEUR, "77О7083893", null, "1О27700132195"));
  }

  @Test
  void missingFieldsAreNotReportedHere() {
    assertEquals(List.of(), rule.validate(EntityType.ORGANISATION, null, null, null));
  }

  @Test
  void withoutEntityTypeNothingIsReported() {
    assertEquals(List.of(), rule.validate(null, IP_INN, ORG_KPP, ORG_OGRN));
  }

  @Test
  void checkReadsTheInput() {
    RequisitesInput input =
        new RequisitesInput(EntityType.ENTREPRENEUR, IP_INN, ORG_KPP, IP_OGRNIP, null, null, null);
    assertEquals(List.of(ViolationCode.KPP_FORBIDDEN_FOR_ENTREPRENEUR), codes(rule.check(input)));
  }
}
