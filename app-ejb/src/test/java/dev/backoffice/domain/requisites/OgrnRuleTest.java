package dev.backoffice.domain.requisites;

import static dev.backoffice.domain.requisites.InnRuleTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OgrnRuleTest {

  private final OgrnRule rule = new OgrnRule();

  static Stream<Arguments> realOgrns() {
    return RealRequisites.OGRNS.stream().map(r -> Arguments.of(r[0], r[1]));
  }

  static Stream<String> ogrnsWithoutBlindSpot() {
    return RealRequisites.OGRNS.stream()
        .map(r -> r[1])
        .filter(o -> !RealRequisites.OGRNS_WITH_BLIND_SPOT.contains(o));
  }

  static Stream<String> syntheticOgrnips() {
    return RealRequisites.SYNTHETIC_OGRNIPS.stream();
  }

  static Stream<String> allValid() {
    return Stream.concat(RealRequisites.OGRNS.stream().map(r -> r[1]), syntheticOgrnips());
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @MethodSource("realOgrns")
  void realOgrnsPass(String name, String ogrn) {
    assertEquals(List.of(), rule.validate(ogrn), name);
  }

  @ParameterizedTest
  @MethodSource("syntheticOgrnips")
  void ogrnipsPass(String ogrnip) {
    assertEquals(List.of(), rule.validate(ogrnip));
  }

  @Test
  void workedExampleOfSberbank() {
    // russian-rules.md §1.4: 102770013219 mod 11 = 5 = digit 13
    assertEquals(5, Digits.mod("1027700132195", 12, 11));
    assertEquals(5, OgrnRule.checkDigit("1027700132195"));
  }

  /** The digit-by-digit remainder equals BigInteger arithmetic, also for the largest values. */
  @Test
  void remainderAgreesWithBigInteger() {
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      int length = random.nextBoolean() ? 13 : 15;
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        s.append((char) ('0' + random.nextInt(10)));
      }
      String digits = n == 0 ? "9".repeat(15) : n == 1 ? "9".repeat(13) : s.toString();
      int count = digits.length() == 13 ? 12 : 14;
      int modulus = digits.length() == 13 ? 11 : 13;
      int expected =
          new BigInteger(digits.substring(0, count)).mod(BigInteger.valueOf(modulus)).intValue() % 10;
      assertEquals(expected, OgrnRule.checkDigit(digits), digits);
    }
  }

  @ParameterizedTest
  @MethodSource("ogrnsWithoutBlindSpot")
  void everySingleDigitChangeFails(String valid) {
    for (int position = 0; position < valid.length(); position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit == valid.charAt(position)) {
          continue;
        }
        String corrupted = valid.substring(0, position) + digit + valid.substring(position + 1);
        assertTrue(
            codes(rule.validate(corrupted)).contains(ViolationCode.OGRN_CHECKSUM),
            corrupted + " should fail the checksum");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("allValid")
  void changingTheCheckDigitAlwaysFails(String valid) {
    int last = valid.length() - 1;
    String expected =
        valid.length() == 13 ? ViolationCode.OGRN_CHECKSUM : ViolationCode.OGRN_CHECKSUM_OGRNIP;
    for (char digit = '0'; digit <= '9'; digit++) {
      if (digit != valid.charAt(last)) {
        String corrupted = valid.substring(0, last) + digit;
        assertEquals(List.of(expected), codes(rule.validate(corrupted)), corrupted);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("ogrnsWithoutBlindSpot")
  void everyAdjacentSwapFails(String valid) {
    for (int i = 0; i + 1 < valid.length(); i++) {
      if (valid.charAt(i) != valid.charAt(i + 1)) {
        String swapped =
            valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
        assertTrue(
            codes(rule.validate(swapped)).contains(ViolationCode.OGRN_CHECKSUM), swapped);
      }
    }
  }

  /** Remainder 10 folds onto 0: Газпромбанк's ОГРН with digits 2–3 swapped is still checksum-valid. */
  @Test
  void swapCanSlipThroughWhenRemainderIsTen() {
    assertEquals(10, Digits.mod("1027700167110", 12, 11));
    assertEquals(List.of(), rule.validate("1072700167110"));
  }

  @Test
  void ogrnipBodyErrorIsDetected() {
    assertEquals(
        List.of(ViolationCode.OGRN_CHECKSUM_OGRNIP), codes(rule.validate("304770100000116")));
  }

  @ParameterizedTest
  @CsvSource({
    "2027700132194, 2, '1, 5', 13", // valid checksum, record kind 2 (ГРН, not ОГРН)
    "0000000000000, 0, '1, 5', 13", // all zeros: checksum 0 passes; only the kind gives it away
    "418774600012340, 4, 3, 15" // valid checksum, ГРНИП kind 4
  })
  void unusualFirstDigitIsOnlyAWarning(String ogrn, String first, String expected, int length) {
    List<Violation> violations = rule.validate(ogrn);
    assertEquals(
        List.of(
            new Violation(
                RequisiteField.OGRN,
                ViolationCode.OGRN_KIND_WARNING,
                Severity.WARNING,
                List.of(first, expected, length))),
        violations);
  }

  @Test
  void firstDigitFiveIsAnOrdinaryOgrn() {
    assertEquals(List.of(), rule.validate("5087746000018"));
  }

  @ParameterizedTest
  @CsvSource({"102770013219, 12", "10277001321951, 14", "1027700132195000, 16", "1, 1"})
  void wrongLength(String ogrn, int length) {
    List<Violation> violations = rule.validate(ogrn);
    assertEquals(List.of(ViolationCode.OGRN_LENGTH), codes(violations));
    assertEquals(List.of(length), violations.get(0).args());
  }

  @Test
  void cyrillicOIsNotAZero() {
    List<Violation> violations = rule.validate("1О27700132195");
    assertEquals(List.of(ViolationCode.OGRN_NON_DIGIT), codes(violations));
    assertEquals(List.of("О", 2, "U+041E"), violations.get(0).args());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1027700 132195", "1-02-77-00-13219-5", "102\u00A07700\u202F132195"})
  void formattedInputIsNormalisedAndAccepted(String ogrn) {
    assertEquals(List.of(), rule.validate(ogrn));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " "})
  void notGivenIsNotReported(String ogrn) {
    assertEquals(List.of(), rule.validate(ogrn));
  }
}
