package dev.backoffice.domain.requisites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequisitesGateTest {

  /** ООО «БРАНДШОП», as published (see RealRequisites). */
  private static final RequisitesInput BRANDSHOP =
      new RequisitesInput(
          EntityType.ORGANISATION,
          "9729285657",
          "775101001",
          "1197746385616",
          "044525225",
          "30101810400000000225",
          "40702810238000139300");

  /** A synthetic ИП banking at ТБанк (constructed settlement account). */
  private static final RequisitesInput ENTREPRENEUR =
      new RequisitesInput(
          EntityType.ENTREPRENEUR,
          "771479292224",
          null,
          "304770100000016",
          "044525974",
          "30101810145250000974",
          "40802810400000012345");

  private final RequisitesGate gate = new RequisitesGate();

  @Test
  void realOrganisationIsAcceptable() {
    RequisitesVerdict verdict = gate.checkComplete(BRANDSHOP);
    assertTrue(verdict.isAcceptable());
    assertEquals(List.of(), verdict.violations());
    assertEquals(EnumSet.allOf(RequisiteField.class), verdict.fieldsChecked());
    assertEquals(Optional.of("organisation"), verdict.normalised(RequisiteField.ENTITY_TYPE));
    assertEquals(gate.check(BRANDSHOP), verdict);
  }

  @Test
  void entrepreneurIsAcceptable() {
    RequisitesVerdict verdict = gate.checkComplete(ENTREPRENEUR);
    assertEquals(List.of(), verdict.codes());
    assertFalse(verdict.fieldsChecked().contains(RequisiteField.KPP));
  }

  @Test
  void formattedInputIsNormalisedAndAccepted() {
    RequisitesInput formatted =
        new RequisitesInput(
            EntityType.ORGANISATION,
            " 9729\u00A0285\u00A0657 ",
            "7751 01 001",
            "1-19-77-46-38561-6",
            "044\u202F525\u202F225",
            "30101 810 4 0000 0000225",
            "40702–810–2–3800–0139300");
    RequisitesVerdict verdict = gate.checkComplete(formatted);
    assertTrue(verdict.isAcceptable(), verdict.codes().toString());
    assertEquals(gate.check(BRANDSHOP).normalisedValues(), verdict.normalisedValues());
    assertEquals(Optional.of("30101810400000000225"), verdict.normalised(RequisiteField.CORRESPONDENT_ACCOUNT));
  }

  @Test
  void entrepreneurWithKppIsRejected() {
    RequisitesInput withKpp =
        new RequisitesInput(
            EntityType.ENTREPRENEUR, "771479292224", "773601001", "304770100000016", null, null, null);
    RequisitesVerdict verdict = gate.check(withKpp);
    assertFalse(verdict.isAcceptable());
    assertEquals(List.of(ViolationCode.KPP_FORBIDDEN_FOR_ENTREPRENEUR), verdict.codes());
    assertEquals(1, verdict.violations(RequisiteField.KPP).size());
  }

  @Test
  void sberbankCorrespondentAccountWithVtbBikIsRejected() {
    RequisitesInput mixed =
        new RequisitesInput(
            EntityType.ORGANISATION,
            "9729285657",
            "775101001",
            "1197746385616",
            "044525187",
            "30101810400000000225",
            "40702810238000139300");
    RequisitesVerdict verdict = gate.check(mixed);
    assertFalse(verdict.isAcceptable());
    assertEquals(
        List.of(ViolationCode.CORRESPONDENT_ACCOUNT_BIK_MISMATCH),
        verdict.violations(RequisiteField.CORRESPONDENT_ACCOUNT).stream().map(Violation::code).toList());
    assertEquals(
        List.of(ViolationCode.SETTLEMENT_ACCOUNT_KEY),
        verdict.violations(RequisiteField.SETTLEMENT_ACCOUNT).stream().map(Violation::code).toList());
  }

  @Test
  void treasuryRecipientIsAcceptable() {
    // ЕНП requisites: Казначейство России (ФНС России), УФК по Тульской области.
    RequisitesInput enp =
        new RequisitesInput(
            EntityType.ORGANISATION,
            "7727406020",
            "770801001",
            null,
            "017003983",
            "40102810445370000059",
            "03100643000000018500");
    RequisitesVerdict verdict = gate.check(enp);
    assertTrue(verdict.isAcceptable(), verdict.codes().toString());
    assertEquals(List.of(), verdict.codes());
    assertEquals(List.of(ViolationCode.OGRN_REQUIRED), gate.checkComplete(enp).codes());
  }

  @Test
  void warningsDoNotBlock() {
    RequisitesInput input =
        new RequisitesInput(EntityType.ORGANISATION, "7707083893", "773601001", "2027700132194", null, null, null);
    RequisitesVerdict verdict = gate.checkComplete(input);
    assertEquals(List.of(ViolationCode.OGRN_KIND_WARNING), verdict.codes());
    assertEquals(Severity.WARNING, verdict.violations().get(0).severity());
    assertTrue(verdict.isAcceptable());
  }

  @Test
  void checkReportsOnlyGivenFields() {
    RequisitesInput onlyInn = new RequisitesInput(null, "7707083893", null, null, null, null, null);
    RequisitesVerdict verdict = gate.check(onlyInn);
    assertTrue(verdict.isAcceptable());
    assertEquals(Set.of(RequisiteField.INN), verdict.fieldsChecked());
    assertEquals(Optional.empty(), verdict.normalised(RequisiteField.KPP));
  }

  @Test
  void checkCompleteDemandsTheIdentifiers() {
    RequisitesInput empty = new RequisitesInput(null, null, " ", "", null, null, null);
    assertTrue(gate.check(empty).isAcceptable());
    assertEquals(Set.of(), gate.check(empty).fieldsChecked());
    RequisitesVerdict verdict = gate.checkComplete(empty);
    assertEquals(
        List.of(ViolationCode.INN_REQUIRED, ViolationCode.OGRN_REQUIRED, ViolationCode.ENTITY_TYPE_REQUIRED),
        verdict.codes()); // field order: INN, KPP, OGRN, BIK, …, ENTITY_TYPE
    assertEquals(
        EnumSet.of(RequisiteField.ENTITY_TYPE, RequisiteField.INN, RequisiteField.OGRN),
        verdict.fieldsChecked());
  }

  @Test
  void checkCompleteDemandsKppOnlyFromOrganisations() {
    RequisitesInput organisation =
        new RequisitesInput(EntityType.ORGANISATION, "7707083893", null, "1027700132195", null, null, null);
    assertEquals(List.of(ViolationCode.KPP_REQUIRED), gate.checkComplete(organisation).codes());
    assertEquals(List.of(), gate.check(organisation).codes());
    RequisitesInput entrepreneur =
        new RequisitesInput(EntityType.ENTREPRENEUR, "771479292224", null, "304770100000016", null, null, null);
    assertEquals(List.of(), gate.checkComplete(entrepreneur).codes());
  }

  @Test
  void anyBankFieldDemandsBikAndSettlementAccount() {
    RequisitesInput onlyCorrespondent =
        new RequisitesInput(
            EntityType.ORGANISATION, "7707083893", "773601001", "1027700132195", null, "30101810400000000225", null);
    assertEquals(
        List.of(
            ViolationCode.BIK_REQUIRED,
            ViolationCode.CORRESPONDENT_ACCOUNT_BIK_REQUIRED,
            ViolationCode.SETTLEMENT_ACCOUNT_REQUIRED),
        gate.checkComplete(onlyCorrespondent).codes());
    RequisitesInput onlyBik =
        new RequisitesInput(EntityType.ORGANISATION, "7707083893", "773601001", "1027700132195", "044525225", null, null);
    assertEquals(List.of(ViolationCode.SETTLEMENT_ACCOUNT_REQUIRED), gate.checkComplete(onlyBik).codes());
  }

  @Test
  void everyProblemIsReportedPerField() {
    RequisitesInput broken =
        new RequisitesInput(
            EntityType.ORGANISATION,
            "0000000000",
            "7750АB001",
            "1027700132196",
            "04452522",
            "3010181040000000022О",
            "40702810238000139301");
    RequisitesVerdict verdict = gate.check(broken);
    assertFalse(verdict.isAcceptable());
    assertEquals(
        List.of(
            ViolationCode.INN_PREFIX_00,
            ViolationCode.KPP_CYRILLIC,
            ViolationCode.OGRN_CHECKSUM,
            ViolationCode.BIK_LENGTH,
            ViolationCode.CORRESPONDENT_ACCOUNT_NON_DIGIT),
        verdict.codes());
    String ru = verdict.violations(RequisiteField.KPP).get(0).message(Locale.forLanguageTag("ru"));
    assertTrue(ru.contains("«А»") && ru.contains("позиции 5"), ru);
  }

  @Test
  void verdictIsImmutable() {
    RequisitesVerdict verdict = gate.check(BRANDSHOP);
    assertThrows(UnsupportedOperationException.class, () -> verdict.fieldsChecked().clear());
    assertThrows(UnsupportedOperationException.class, () -> verdict.normalisedValues().clear());
    assertThrows(UnsupportedOperationException.class, () -> verdict.violationsByField().clear());
  }

  @Test
  void customRuleListIsUsed() {
    RequisitesGate innOnly = new RequisitesGate(List.of(new InnRule()));
    RequisitesInput input = new RequisitesInput(null, "7707083893", "77", null, null, null, null);
    assertTrue(innOnly.check(input).isAcceptable());
    assertFalse(gate.check(input).isAcceptable());
  }
}
