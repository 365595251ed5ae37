package dev.backoffice.domain.requisites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InnRuleTest {

  private final InnRule rule = new InnRule();

  static List<String> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).toList();
  }

  static Stream<Arguments> realOrganisationInns() {
    return RealRequisites.ORGANISATION_INNS.stream().map(r -> Arguments.of(r[0], r[1]));
  }

  /** Real ИНН whose remainder is not 0/10: for them every single-digit error is detected. */
  static Stream<String> innsWithoutBlindSpot() {
    return RealRequisites.ORGANISATION_INNS.stream()
        .map(r -> r[1])
        .filter(inn -> !RealRequisites.INNS_WITH_BLIND_SPOT.contains(inn));
  }

  static Stream<String> allValidInns() {
    return Stream.concat(
        RealRequisites.ORGANISATION_INNS.stream().map(r -> r[1]),
        RealRequisites.SYNTHETIC_PERSONAL_INNS.stream());
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @MethodSource("realOrganisationInns")
  void realOrganisationInnsPass(String name, String inn) {
    assertEquals(List.of(), rule.validate(inn), name);
    assertTrue(InnRule.isValid(inn));
  }

  static Stream<String> syntheticPersonalInns() {
    return RealRequisites.SYNTHETIC_PERSONAL_INNS.stream();
  }

  @ParameterizedTest
  @MethodSource("syntheticPersonalInns")
  void twelveDigitInnsPass(String inn) {
    assertEquals(List.of(), rule.validate(inn));
  }

  @Test
  void workedExampleOfSberbank() {
    // russian-rules.md §1.1: products 14, 28, 0, 21, 0, 72, 12, 48, 72 → Σ = 267 → 267 mod 11 = 3
    assertEquals(267, Digits.weightedSum("7707083893", InnRule.WEIGHTS_10));
    assertEquals(3, InnRule.checkDigit("7707083893", InnRule.WEIGHTS_10));
  }

  @Test
  void workedExampleOfTwelveDigits() {
    // russian-rules.md §1.2: Σ11 = 255 (→ 2), Σ12 = 312 (→ 4)
    assertEquals(255, Digits.weightedSum("771479292224", InnRule.WEIGHTS_11));
    assertEquals(312, Digits.weightedSum("771479292224", InnRule.WEIGHTS_12));
  }

  @ParameterizedTest
  @MethodSource("innsWithoutBlindSpot")
  void everySingleDigitChangeFails(String valid) {
    for (int position = 0; position < valid.length(); position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit == valid.charAt(position)) {
          continue;
        }
        String corrupted = valid.substring(0, position) + digit + valid.substring(position + 1);
        assertTrue(
            codes(rule.validate(corrupted)).contains(ViolationCode.INN_CHECKSUM),
            corrupted + " should fail the checksum");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("allValidInns")
  void everyAdjacentSwapFails(String valid) {
    for (int i = 0; i + 1 < valid.length(); i++) {
      if (valid.charAt(i) == valid.charAt(i + 1)) {
        continue;
      }
      String swapped =
          valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
      List<String> codes = codes(rule.validate(swapped));
      assertFalse(codes.isEmpty(), swapped + " should fail");
      assertTrue(
          codes.stream().allMatch(c -> c.startsWith("inn.checksum")), swapped + " gave " + codes);
    }
  }

  /**
   * The "mod 11 mod 10" folds remainder 10 onto 0, so for some real ИНН a single wrong digit still
   * gives a checksum-valid number. These pass the rule — only the ФНС directory would catch them.
   */
  @ParameterizedTest
  @CsvSource({
    "7706107510, 7706157510", // Роснефть, 5th digit 0→5
    "7724490000, 7714490000", // Почта России, 3rd digit 2→1
    "7727406020, 7737406020" // Казначейство России, 3rd digit 2→3
  })
  void singleDigitErrorCanSlipThroughWhenRemainderIsTenOrZero(String real, String corrupted) {
    assertEquals(List.of(), rule.validate(real));
    assertEquals(List.of(), rule.validate(corrupted));
  }

  @Test
  void onlyTwelfthDigitBrokenFailsOnlySecondCheck() {
    String valid = "771479292224";
    for (char digit = '0'; digit <= '9'; digit++) {
      if (digit == '4') {
        continue;
      }
      String corrupted = valid.substring(0, 11) + digit;
      assertEquals(List.of(ViolationCode.INN_CHECKSUM_12), codes(rule.validate(corrupted)), corrupted);
    }
  }

  @Test
  void eleventhDigitBrokenFailsFirstCheck() {
    // 11th digit 2 → 3: the first check fails; the second (which covers digit 11) fails too.
    assertEquals(
        List.of(ViolationCode.INN_CHECKSUM_11, ViolationCode.INN_CHECKSUM_12),
        codes(rule.validate("771479292234")));
  }

  @Test
  void firstCheckCanFailAloneWhenBothCheckDigitsAreWrongConsistently() {
    // digit 11 set to 3 and digit 12 recomputed for the new 11 digits: only the first check fails.
    String body = "7714792922" + "3";
    String corrupted = body + InnRule.checkDigit(body, InnRule.WEIGHTS_12);
    assertEquals(List.of(ViolationCode.INN_CHECKSUM_11), codes(rule.validate(corrupted)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000000000", "000000000000"})
  void allZerosPassTheChecksumButFailThePrefixRule(String zeros) {
    assertEquals(List.of(ViolationCode.INN_PREFIX_00), codes(rule.validate(zeros)));
  }

  @Test
  void prefix00AndBadChecksumAreBothReported() {
    assertEquals(
        List.of(ViolationCode.INN_PREFIX_00, ViolationCode.INN_CHECKSUM),
        codes(rule.validate("0007083893")));
  }

  @ParameterizedTest
  @CsvSource({
    "77О7083893, О, 3, U+041E", // Cyrillic capital О instead of 0
    "77O7083893, O, 3, U+004F", // Latin capital O instead of 0
    "770708З893, З, 7, U+0417", // Cyrillic З instead of 3
    "770708389l, l, 10, U+006C", // Latin l instead of 1
    "７７０７０８３８９３, ７, 1, U+FF17" // full-width digits
  })
  void lookAlikeCharacterIsRejectedWithCharacterAndPosition(
      String inn, String character, int position, String codePoint) {
    List<Violation> violations = rule.validate(inn);
    assertEquals(
        List.of(
            new Violation(
                RequisiteField.INN,
                ViolationCode.INN_NON_DIGIT,
                Severity.ERROR,
                List.of(character, position, codePoint))),
        violations);
    String ru = violations.get(0).message(Locale.forLanguageTag("ru"));
    assertTrue(ru.contains("«" + character + "»") && ru.contains("позиции " + position), ru);
  }

  @Test
  void positionIsCountedAfterRemovingSeparators() {
    List<Violation> violations = rule.validate("7707 О83 893");
    assertEquals(5, violations.get(0).args().get(1));
  }

  @ParameterizedTest
  @CsvSource({"770708389, 9", "77070838931, 11", "7707083893123, 13", "1, 1"})
  void wrongLength(String inn, int length) {
    List<Violation> violations = rule.validate(inn);
    assertEquals(List.of(ViolationCode.INN_LENGTH), codes(violations));
    assertEquals(List.of(length), violations.get(0).args());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "7707 083 893",
        "7707\u00A0083\u00A0893",
        "7707\u202F083\u202F893",
        "7707-083-893",
        "77–07–08–38–93",
        " 7707083893\t"
      })
  void formattedInputIsNormalisedAndAccepted(String inn) {
    assertEquals(List.of(), rule.validate(inn));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\u00A0"})
  void notGivenIsNotReported(String inn) {
    assertEquals(List.of(), rule.validate(inn));
  }

  @Test
  void checkReadsTheInnField() {
    RequisitesInput input = new RequisitesInput(null, "7707083894", null, null, null, null, null);
    assertEquals(List.of(ViolationCode.INN_CHECKSUM), codes(rule.check(input)));
  }
}
