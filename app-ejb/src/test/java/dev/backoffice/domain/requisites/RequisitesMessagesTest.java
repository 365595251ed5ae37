package dev.backoffice.domain.requisites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both bundles carry a message for every code, and every message names its field. */
class RequisitesMessagesTest {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final List<Object> SAMPLE_ARGS = List.of("X", 7, "U+0058");

  private static final Map<RequisiteField, String> EN_LABEL =
      Map.of(
          RequisiteField.INN, "INN: ",
          RequisiteField.KPP, "KPP: ",
          RequisiteField.OGRN, "OGRN",
          RequisiteField.BIK, "BIK: ",
          RequisiteField.CORRESPONDENT_ACCOUNT, "Correspondent account: ",
          RequisiteField.SETTLEMENT_ACCOUNT, "Settlement account: ",
          RequisiteField.ENTITY_TYPE, "Entity type: ");

  private static final Map<RequisiteField, String> RU_LABEL =
      Map.of(
          RequisiteField.INN, "ИНН: ",
          RequisiteField.KPP, "КПП: ",
          RequisiteField.OGRN, "ОГРН",
          RequisiteField.BIK, "БИК: ",
          RequisiteField.CORRESPONDENT_ACCOUNT, "Корреспондентский счёт: ",
          RequisiteField.SETTLEMENT_ACCOUNT, "Расчётный счёт: ",
          RequisiteField.ENTITY_TYPE, "Тип контрагента: ");

  static Stream<String> codes() {
    return new TreeSet<>(ViolationCode.ALL).stream();
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        RequisitesMessagesTest.class.getResourceAsStream(
            "/dev/backoffice/domain/requisites/" + file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static RequisiteField fieldOf(String code) {
    return RequisiteField.fromJsonName(code.substring(0, code.indexOf('.')));
  }

  @ParameterizedTest
  @MethodSource("codes")
  void bothBundlesHaveANonEmptyMessage(String code) throws IOException {
    String en = load("RequisitesMessages.properties").getProperty(code);
    String ru = load("RequisitesMessages_ru.properties").getProperty(code);
    assertTrue(en != null && !en.isBlank(), "English message missing for " + code);
    assertTrue(ru != null && !ru.isBlank(), "Russian message missing for " + code);
    assertFalse(en.contains("'") || ru.contains("'"), "ASCII apostrophe breaks MessageFormat: " + code);
  }

  @ParameterizedTest
  @MethodSource("codes")
  void messagesFormatNameTheFieldAndAreInTheRightLanguage(String code) {
    RequisiteField field = fieldOf(code);
    Violation violation = new Violation(field, code, Severity.ERROR, SAMPLE_ARGS);
    String en = violation.message(Locale.ENGLISH);
    String ru = violation.message(RU);
    for (String message : List.of(en, ru)) {
      assertFalse(message.contains("{") || message.contains("}"), "unformatted placeholder: " + message);
    }
    assertTrue(en.startsWith(EN_LABEL.get(field)), en);
    assertTrue(ru.startsWith(RU_LABEL.get(field)), ru);
    assertFalse(en.codePoints().anyMatch(RequisitesMessagesTest::isCyrillic), "Cyrillic in English: " + en);
    assertTrue(ru.codePoints().filter(RequisitesMessagesTest::isCyrillic).count() > 10, "not Russian: " + ru);
  }

  @Test
  void bundlesHaveNoUnknownKeys() throws IOException {
    assertEquals(new TreeSet<>(ViolationCode.ALL), new TreeSet<>(load("RequisitesMessages.properties").stringPropertyNames()));
    assertEquals(new TreeSet<>(ViolationCode.ALL), new TreeSet<>(load("RequisitesMessages_ru.properties").stringPropertyNames()));
  }

  @Test
  void everyCodeBelongsToItsField() {
    for (String code : ViolationCode.ALL) {
      assertTrue(code.startsWith(fieldOf(code).jsonName() + "."), code);
    }
  }

  @Test
  void exampleMessagesOfTheBrief() {
    Violation checksum = Violation.error(RequisiteField.INN, ViolationCode.INN_CHECKSUM);
    assertEquals(
        "ИНН: контрольная цифра (10-я) не сходится — проверьте, не перепутана ли цифра",
        checksum.message(Locale.forLanguageTag("ru-RU")));
    assertEquals(
        "INN: the check digit (10th) does not match — check for a mistyped digit",
        checksum.message(Locale.ENGLISH));
  }

  @Test
  void englishIsTheDefaultAndTheJvmLocaleIsNotAFallback() {
    Violation violation = Violation.error(RequisiteField.BIK, ViolationCode.BIK_LENGTH, 8);
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(RU);
      assertEquals("BIK: 8 digits entered — a BIK has exactly 9 digits", violation.message(Locale.ENGLISH));
      assertEquals(violation.message(Locale.ENGLISH), violation.message(Locale.GERMAN));
      assertEquals("БИК: количество цифр — 8, а БИК состоит ровно из 9 цифр", violation.message(RU));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void violationValidatesItsCode() {
    assertThrows(IllegalArgumentException.class, () -> Violation.error(RequisiteField.INN, "inn.unknown"));
    assertThrows(IllegalArgumentException.class, () -> Violation.error(RequisiteField.KPP, ViolationCode.INN_CHECKSUM));
    assertEquals(List.of(), new Violation(RequisiteField.INN, ViolationCode.INN_CHECKSUM, Severity.ERROR, null).args());
  }

  private static boolean isCyrillic(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC;
  }
}
