package dev.backoffice.domain.requisites;

import static dev.backoffice.domain.requisites.InnRuleTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BikRuleTest {

  private final BikRule rule = new BikRule();

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @MethodSource("dev.backoffice.domain.requisites.RealRequisites#banks")
  void realBankBiksPass(String name, String bik, String unusedAccount) {
    assertEquals(List.of(), rule.validate(bik), name);
    assertTrue(BikRule.isWellFormed(bik));
    assertFalse(BikRule.isTreasury(bik));
    assertFalse(BikRule.isBankOfRussiaDivision(bik));
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @MethodSource("dev.backoffice.domain.requisites.RealRequisites#treasury")
  void treasuryBiksPassAndAreRecognised(String name, String bik, String unusedAccount) {
    assertEquals(List.of(), rule.validate(bik), name);
    assertTrue(BikRule.isTreasury(bik));
    assertTrue(BikRule.isBankOfRussiaDivision(bik));
  }

  @ParameterizedTest
  @ValueSource(strings = {"044525000", "044525001", "044525002"})
  void bankOfRussiaDivisionBiks(String bik) {
    assertEquals(List.of(), rule.validate(bik));
    assertFalse(BikRule.isTreasury(bik));
    assertTrue(BikRule.isBankOfRussiaDivision(bik));
  }

  @ParameterizedTest
  @CsvSource({"04452522, 8", "0445252250, 10", "1, 1"})
  void wrongLength(String bik, int length) {
    List<Violation> violations = rule.validate(bik);
    assertEquals(List.of(ViolationCode.BIK_LENGTH), codes(violations));
    assertEquals(List.of(length), violations.get(0).args());
    assertFalse(BikRule.isWellFormed(bik));
  }

  @ParameterizedTest
  @CsvSource({"О44525225, О, 1, U+041E", "04452522S, S, 9, U+0053", "0445.25225, ., 5, U+002E"})
  void nonDigitIsReportedWithCharacterAndPosition(
      String bik, String character, int position, String codePoint) {
    List<Violation> violations = rule.validate(bik);
    assertEquals(List.of(ViolationCode.BIK_NON_DIGIT), codes(violations));
    assertEquals(List.of(character, position, codePoint), violations.get(0).args());
  }

  @ParameterizedTest
  @ValueSource(strings = {"04 45 25 225", "044-525-225", "044\u00A0525\u00A0225"})
  void formattedInputIsNormalisedAndAccepted(String bik) {
    assertEquals(List.of(), rule.validate(bik));
    assertTrue(BikRule.isWellFormed(bik));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " "})
  void notGivenIsNotReported(String bik) {
    assertEquals(List.of(), rule.validate(bik));
    assertFalse(BikRule.isWellFormed(bik));
  }

  @Test
  void checkReadsTheBikField() {
    assertEquals(
        List.of(ViolationCode.BIK_LENGTH),
        codes(rule.check(new RequisitesInput(null, null, null, null, "04452522", null, null))));
  }
}
