package dev.backoffice.domain.requisites;

import static dev.backoffice.domain.requisites.InnRuleTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrespondentAccountRuleTest {

  private static final String SBER_BIK = "044525225";
  private static final String SBER_CORR = "30101810400000000225";
  private static final String VTB_BIK = "044525187";

  private final CorrespondentAccountRule rule = new CorrespondentAccountRule();

  @ParameterizedTest(name = "[{index}] {0} {1} / {2}")
  @MethodSource("dev.backoffice.domain.requisites.RealRequisites#banks")
  void realPairsPass(String name, String bik, String account) {
    assertEquals(List.of(), rule.validate(account, bik), name);
  }

  @Test
  void sberbankAccountAgainstVtbBikIsRejected() {
    List<Violation> violations = rule.validate(SBER_CORR, VTB_BIK);
    // Both banks are in Moscow (БИК digits 5–6 = 25), so the key alone cannot tell them apart.
    assertEquals(List.of(ViolationCode.CORRESPONDENT_ACCOUNT_BIK_MISMATCH), codes(violations));
    assertEquals(List.of("225", "187"), violations.get(0).args());
    assertEquals(
        "Корреспондентский счёт: оканчивается на 225, а БИК — на 187; счёт и БИК относятся к"
            + " разным банкам, или в одном из них опечатка",
        violations.get(0).message(Locale.forLanguageTag("ru-RU")));
  }

  @Test
  void everyAccountAgainstEveryOtherBanksBikIsRejected() {
    for (String[] owner : RealRequisites.BANKS) {
      for (String[] other : RealRequisites.BANKS) {
        if (owner != other) {
          List<String> codes = codes(rule.validate(owner[2], other[1]));
          assertTrue(
              codes.contains(ViolationCode.CORRESPONDENT_ACCOUNT_BIK_MISMATCH),
              owner[0] + " account with " + other[0] + " БИК gave " + codes);
        }
      }
    }
  }

  @Test
  void differentRegionAlsoBreaksTheKey() {
    // Открытие's Новосибирск account (БИК digits 5–6 = 04) against Сбербанк's Moscow БИК.
    assertEquals(
        List.of(
            ViolationCode.CORRESPONDENT_ACCOUNT_BIK_MISMATCH, ViolationCode.CORRESPONDENT_ACCOUNT_KEY),
        codes(rule.validate("30101810250040000867", SBER_BIK)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("dev.backoffice.domain.requisites.RealRequisites#banks")
  void everySingleDigitChangeFails(String name, String bik, String account) {
    for (int position = 0; position < 20; position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit != account.charAt(position)) {
          String corrupted = account.substring(0, position) + digit + account.substring(position + 1);
          List<String> codes = codes(rule.validate(corrupted, bik));
          // The key has weights 7, 1, 3 — all coprime to 10 — so it catches every single change.
          assertTrue(codes.contains(ViolationCode.CORRESPONDENT_ACCOUNT_KEY), corrupted + " " + codes);
          assertEquals(position < 5, codes.contains(ViolationCode.CORRESPONDENT_ACCOUNT_PREFIX));
          assertEquals(position >= 17, codes.contains(ViolationCode.CORRESPONDENT_ACCOUNT_BIK_MISMATCH));
        }
      }
    }
  }

  @Test
  void settlementAccountInTheCorrespondentFieldIsRejected() {
    List<Violation> violations = rule.validate(RealRequisites.BRANDSHOP_ACCOUNT, SBER_BIK);
    assertTrue(codes(violations).contains(ViolationCode.CORRESPONDENT_ACCOUNT_PREFIX));
    assertEquals(List.of("30101", "40702"), violations.get(0).args());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("dev.backoffice.domain.requisites.RealRequisites#treasury")
  void treasuryBikTakesTheEksAsCorrespondentAccount(String name, String bik, String eks) {
    assertEquals(List.of(), rule.validate(eks, bik), name);
  }

  @Test
  void treasuryBikWithABankCorrespondentAccountIsRejected() {
    List<Violation> violations = rule.validate(SBER_CORR, "017003983");
    assertTrue(codes(violations).contains(ViolationCode.CORRESPONDENT_ACCOUNT_PREFIX));
    assertEquals(List.of("40102", "30101"), violations.get(0).args());
  }

  @Test
  void eksWithAMistypedDigitFailsTheKey() {
    assertEquals(
        List.of(ViolationCode.CORRESPONDENT_ACCOUNT_KEY),
        codes(rule.validate("40102810445370000058", "017003983")));
  }

  @Test
  void eksOfAnotherTreasuryOfficeFailsTheKey() {
    // Тула's ЕКС against the Moscow treasury БИК (prefix 025 instead of 003)
    assertEquals(
        List.of(ViolationCode.CORRESPONDENT_ACCOUNT_KEY),
        codes(rule.validate("40102810445370000059", "004525988")));
  }

  @Test
  void withoutBikTheAccountCannotBeChecked() {
    assertEquals(
        List.of(ViolationCode.CORRESPONDENT_ACCOUNT_BIK_REQUIRED),
        codes(rule.validate(SBER_CORR, null)));
    assertEquals(
        List.of(ViolationCode.CORRESPONDENT_ACCOUNT_BIK_REQUIRED), codes(rule.validate(SBER_CORR, " ")));
  }

  @Test
  void malformedBikIsLeftToTheBikRule() {
    assertEquals(List.of(), codes(rule.validate(SBER_CORR, "04452522")));
  }

  @ParameterizedTest
  @CsvSource({"3010181040000000022, 19", "301018104000000002250, 21"})
  void wrongLength(String account, int length) {
    List<Violation> violations = rule.validate(account, SBER_BIK);
    assertEquals(List.of(ViolationCode.CORRESPONDENT_ACCOUNT_LENGTH), codes(violations));
    assertEquals(List.of(length), violations.get(0).args());
  }

  @Test
  void cyrillicOIsNotAZero() {
    List<Violation> violations = rule.validate("3О101810400000000225", SBER_BIK);
    assertEquals(List.of(ViolationCode.CORRESPONDENT_ACCOUNT_NON_DIGIT), codes(violations));
    assertEquals(List.of("О", 2, "U+041E"), violations.get(0).args());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "30101 810 4 0000 0000225",
        "30101-810-4-0000-0000225",
        "30101\u00A0810\u00A0400000000225",
        "301018104\u202F00000000225"
      })
  void formattedInputIsNormalisedAndAccepted(String account) {
    assertEquals(List.of(), rule.validate(account, "044 525 225"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " "})
  void notGivenIsNotReported(String account) {
    assertEquals(List.of(), rule.validate(account, SBER_BIK));
    assertEquals(List.of(), rule.validate(account, null));
  }

  @Test
  void checkReadsAccountAndBik() {
    RequisitesInput input = new RequisitesInput(null, null, null, null, VTB_BIK, SBER_CORR, null);
    assertFalse(rule.check(input).isEmpty());
  }
}
