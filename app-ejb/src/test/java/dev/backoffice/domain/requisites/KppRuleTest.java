package dev.backoffice.domain.requisites;

import static dev.backoffice.domain.requisites.InnRuleTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class KppRuleTest {

  private final KppRule rule = new KppRule();

  static List<String> realKpps() {
    return RealRequisites.KPPS;
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("realKpps")
  void realKppsPass(String kpp) {
    assertEquals(List.of(), rule.validate(kpp));
    assertTrue(KppRule.FNS_PATTERN.matcher(kpp).matches());
  }

  /** Latin capitals are legal in the reason code (positions 5–6) — FNS XSD type КППТип. */
  @ParameterizedTest
  @ValueSource(strings = {"7750AB001", "7750A1001", "77501Z001", "7750ZZ999", "1000AA000"})
  void latinCapitalsInPositionsFiveAndSixPass(String kpp) {
    assertEquals(List.of(), rule.validate(kpp));
  }

  /** Every Cyrillic capital that looks like a Latin one, typed into position 5 and into position 6. */
  @ParameterizedTest(name = "[{index}] Cyrillic {0}")
  @ValueSource(strings = {"А", "В", "Е", "К", "М", "Н", "О", "Р", "С", "Т", "Х", "У"})
  void cyrillicLookAlikeInReasonCodeIsRejected(String cyrillic) {
    String codePoint = String.format("U+%04X", (int) cyrillic.charAt(0));
    assertEquals(
        List.of(
            new Violation(
                RequisiteField.KPP,
                ViolationCode.KPP_CYRILLIC,
                Severity.ERROR,
                List.of(cyrillic, 5, codePoint))),
        rule.validate("7750" + cyrillic + "B001"));
    assertEquals(
        List.of(
            new Violation(
                RequisiteField.KPP,
                ViolationCode.KPP_CYRILLIC,
                Severity.ERROR,
                List.of(cyrillic, 6, codePoint))),
        rule.validate("7750A" + cyrillic + "001"));
  }

  @Test
  void cyrillicMessageNamesCharacterAndPosition() {
    Violation violation = rule.validate("7750АВ001").get(0); // both Cyrillic: the first is reported
    String ru = violation.message(Locale.forLanguageTag("ru"));
    String en = violation.message(Locale.ENGLISH);
    assertTrue(ru.startsWith("КПП: кириллическая буква «А» (U+0410) в позиции 5"), ru);
    assertTrue(en.startsWith("KPP: the Cyrillic letter «А» (U+0410) at position 5"), en);
  }

  @ParameterizedTest
  @CsvSource({
    "77О601001, О, 3", // Cyrillic О in the tax-office code
    "773601ОО1, О, 7" // Cyrillic О in the sequence number
  })
  void cyrillicElsewhereIsAlsoReportedAsCyrillic(String kpp, String character, int position) {
    List<Violation> violations = rule.validate(kpp);
    assertEquals(List.of(ViolationCode.KPP_CYRILLIC), codes(violations));
    assertEquals(List.of(character, position, "U+041E"), violations.get(0).args());
  }

  @ParameterizedTest
  @CsvSource({
    "7A3601001, A, 2",
    "773601O01, O, 7", // Latin O instead of 0 in the sequence number
    "77360100l, l, 9",
    "7736_1001, _, 5" // position 5 takes a digit or A–Z; '_' is neither — see kpp.pattern below
  })
  void latinLetterOutsideReasonCodeIsNonDigit(String kpp, String character, int position) {
    List<Violation> violations = rule.validate(kpp);
    String expected = position == 5 ? ViolationCode.KPP_PATTERN : ViolationCode.KPP_NON_DIGIT;
    assertEquals(List.of(expected), codes(violations));
    assertEquals(character, violations.get(0).args().get(0));
    assertEquals(position, violations.get(0).args().get(1));
  }

  @Test
  void lowerCaseLatinIsNotUpperCasedSilently() {
    List<Violation> violations = rule.validate("7750ab001");
    assertEquals(List.of(ViolationCode.KPP_LOWERCASE), codes(violations));
    assertEquals(List.of("a", 5, "U+0061"), violations.get(0).args());
  }

  @ParameterizedTest
  @ValueSource(strings = {"7750#1001", "7750.1001", "77501*001"})
  void otherSymbolInReasonCodeIsPattern(String kpp) {
    assertEquals(List.of(ViolationCode.KPP_PATTERN), codes(rule.validate(kpp)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"003601001", "0000AB000"})
  void prefix00IsRejected(String kpp) {
    assertEquals(List.of(ViolationCode.KPP_PREFIX_00), codes(rule.validate(kpp)));
  }

  @ParameterizedTest
  @CsvSource({"77360100, 8", "7736010011, 10", "7, 1"})
  void wrongLength(String kpp, int length) {
    List<Violation> violations = rule.validate(kpp);
    assertEquals(List.of(ViolationCode.KPP_LENGTH), codes(violations));
    assertEquals(List.of(length), violations.get(0).args());
  }

  @ParameterizedTest
  @ValueSource(strings = {"7736 01 001", "7736-01-001", "7736\u00A001\u00A0001", "7736\u202F01\u202F001"})
  void formattedInputIsNormalisedAndAccepted(String kpp) {
    assertEquals(List.of(), rule.validate(kpp));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " "})
  void notGivenIsNotReported(String kpp) {
    assertEquals(List.of(), rule.validate(kpp));
  }

  /** The character-by-character rule accepts exactly what the published FNS pattern accepts. */
  @Test
  void agreesWithTheFnsPatternOnRandomStrings() {
    String alphabet = "0123456789012345678901234567890123456789ABXZabАВОЗ#";
    Random random = new Random(20260101L);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 9; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String kpp = s.toString();
      assertEquals(
          KppRule.FNS_PATTERN.matcher(kpp).matches(), rule.validate(kpp).isEmpty(), kpp);
    }
  }
}
