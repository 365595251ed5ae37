package dev.backoffice.infrastructure.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.domain.requisites.RequisitesGate;
import dev.backoffice.domain.requisites.RequisitesInput;
import dev.backoffice.domain.requisites.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CsvMessagesTest {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final Set<String> DOMAIN_CODES =
      Set.of("required", "tooLong", "email", "controlCharacters", "powerOfAttorney.required");

  private Locale saved;

  @BeforeEach
  void russianServer() {
    saved = Locale.getDefault();
    Locale.setDefault(RU); // English must stay English on a server whose default locale is Russian
  }

  @AfterEach
  void restore() {
    Locale.setDefault(saved);
  }

  /** Every csv.* code the classes declare, plus the domain codes a row may carry. */
  static Stream<String> codes() throws IllegalAccessException {
    Set<String> codes = new TreeSet<>(DOMAIN_CODES);
    for (Class<?> type : List.of(CsvRegistrationReader.class, CsvParser.class, CsvFormat.class)) {
      for (Field f : type.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
          String value = (String) f.get(null);
          if (value.startsWith("csv.")) {
            codes.add(value);
          }
        }
      }
    }
    return codes.stream();
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = CsvMessagesTest.class.getResourceAsStream("/dev/backoffice/infrastructure/csv/" + file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest
  @MethodSource("codes")
  void bothBundlesHaveTheCode(String code) throws IOException {
    String en = load("CsvMessages.properties").getProperty(code);
    String ru = load("CsvMessages_ru.properties").getProperty(code);
    assertTrue(en != null && !en.isBlank(), "English message missing for " + code);
    assertTrue(ru != null && !ru.isBlank(), "Russian message missing for " + code);
    assertFalse(en.contains("'") || ru.contains("'"), "ASCII apostrophe breaks MessageFormat: " + code);
    assertTrue(ru.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC), code);
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertEquals(load("CsvMessages.properties").keySet(), load("CsvMessages_ru.properties").keySet());
  }

  @Test
  void fileProblemsInBothLanguages() {
    CsvProblem tooMany = CsvProblem.of("csv.tooManyRows", 5000);
    assertEquals("The file has more than 5,000 rows. Split it into several files.", CsvMessages.describe(tooMany, Locale.ENGLISH));
    assertEquals("В файле больше 5\u00A0000 строк. Разделите его на несколько файлов.", CsvMessages.describe(tooMany, RU));
    assertEquals(
        "The file is too large: at most 5 MB are accepted. Split it into several files.",
        CsvMessages.describe(CsvProblem.of("csv.fileTooLarge", "5"), Locale.ENGLISH));
  }

  @Test
  void anyOtherLocaleIsEnglish() {
    assertTrue(CsvMessages.describe(CsvProblem.of("csv.empty"), Locale.GERMAN).startsWith("The file is empty"));
    assertEquals("Файл пустой.", CsvMessages.describe(CsvProblem.of("csv.empty"), Locale.forLanguageTag("ru-RU")));
  }

  @Test
  void missingColumnsAreNamedInTheUsersLanguage() {
    CsvProblem missing = new CsvProblem("csv.missingColumns", List.of("inn", "contact.email", "participants"));
    assertEquals(
        "Required columns are missing from the header (the first line): INN, Contact e-mail, Participants.",
        CsvMessages.describe(missing, Locale.ENGLISH));
    assertEquals(
        "В заголовке (первой строке) нет обязательных столбцов: ИНН, E-mail, Участники.", CsvMessages.describe(missing, RU));
  }

  @Test
  void unknownColumnsAreQuoted() {
    assertEquals(
        "Эти столбцы не распознаны и пропущены: «Комментарий», «Откуда».",
        CsvMessages.describe(new CsvProblem("csv.unknownColumns", List.of("Комментарий", "Откуда")), RU));
  }

  @Test
  void aRowErrorNamesTheColumnAsWrittenInTheFile() {
    CsvCellError e = CsvCellError.of("Дата дов-ти", "powerOfAttorneyDate", "csv.badDate", "31.02.2024");
    assertEquals(
        "Дата дов-ти: «31.02.2024» is not a date — write it as dd.mm.yyyy (31.12.2024) or yyyy-mm-dd (2024-12-31).",
        CsvMessages.describe(e, Locale.ENGLISH));
  }

  @Test
  void withoutAColumnTheFieldLabelIsUsed() {
    CsvCellError e = CsvCellError.of(null, "powerOfAttorneyNumber", "powerOfAttorney.required");
    assertEquals(
        "Номер доверенности: для подписанта по доверенности нужны её номер и дата.", CsvMessages.describe(e, RU));
  }

  @Test
  void participantErrorsSayWhichParticipant() {
    CsvCellError e = CsvCellError.of("Участники", "participants[1].email", "email");
    assertEquals("Участники, participant 2: not an e-mail address.", CsvMessages.describe(e, Locale.ENGLISH));
    assertEquals("Участники, участник 2: это не адрес электронной почты.", CsvMessages.describe(e, RU));
  }

  @Test
  void domainCodesWithArguments() {
    assertEquals(
        "Подписант: too long, at most 200 characters.",
        CsvMessages.describe(CsvCellError.of("Подписант", "signatoryName", "tooLong", 200), Locale.ENGLISH));
  }

  @Test
  void requisitesViolationsUseTheGatesMessages() {
    Violation v =
        new RequisitesGate()
            .check(new RequisitesInput(null, "7707083894", null, null, null, null, null))
            .violations()
            .get(0);
    CsvCellError e = new CsvCellError("ИНН", "inn", v.code(), v.args(), v);
    assertEquals(v.message(Locale.ENGLISH), CsvMessages.describe(e, Locale.ENGLISH));
    assertEquals(v.message(RU), CsvMessages.describe(e, RU));
    assertTrue(CsvMessages.describe(e, RU).startsWith("ИНН: "));
    assertTrue(CsvMessages.describe(e, Locale.ENGLISH).startsWith("INN: "));
  }

  @Test
  void aRowLinePrefix() {
    CsvRow row = new CsvRow(17, null, null, List.of());
    CsvCellError e = CsvCellError.of(null, null, "csv.unterminatedQuote");
    assertTrue(CsvMessages.describe(row, e, RU).startsWith("Строка 17: Значение в кавычках"));
    assertTrue(CsvMessages.describe(row, e, Locale.ENGLISH).startsWith("Line 17: A value in quotes"));
  }

  @Test
  void anUnknownCodeFallsBackToTheCode() {
    assertEquals("no.such.code", CsvMessages.describe(CsvProblem.of("no.such.code"), Locale.ENGLISH));
  }

  @Test
  void everyErrorOfARealImportHasAMessage() {
    java.util.Map<String, String> row = CsvFixtures.validRow(0, false);
    row.put("ИНН", "77070838");
    row.put("КПП", "7736o1001");
    row.put("E-mail", "nope");
    row.put("Участники", ", x@y.ru");
    String text = CsvFixtures.csv(';', "\n", CsvFixtures.HEADER, List.of(row));
    CsvImportPreview preview = new CsvRegistrationReader().read(text.getBytes(StandardCharsets.UTF_8));
    List<CsvCellError> errors = preview.rows().get(0).errors();
    assertEquals(4, errors.size(), errors::toString);
    for (CsvCellError error : errors) {
      for (Locale locale : List.of(Locale.ENGLISH, RU)) {
        String message = CsvMessages.describe(error, locale);
        assertFalse(message.contains(error.code()), message);
        assertFalse(message.contains("{"), message);
      }
    }
  }
}
