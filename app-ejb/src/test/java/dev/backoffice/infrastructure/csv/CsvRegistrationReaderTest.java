package dev.backoffice.infrastructure.csv;

import static dev.backoffice.infrastructure.csv.CsvFixtures.HEADER;
import static dev.backoffice.infrastructure.csv.CsvFixtures.csv;
import static dev.backoffice.infrastructure.csv.CsvFixtures.validRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.application.RegistrationSubmission;
import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.counterparty.SignatoryBasis;
import dev.backoffice.domain.model.registration.ContactPerson;
import dev.backoffice.domain.model.registration.ParticipantDetails;
import dev.backoffice.domain.requisites.EntityType;
import dev.backoffice.domain.requisites.RequisiteField;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRegistrationReaderTest {

  private final CsvRegistrationReader reader = new CsvRegistrationReader();

  // ---- whole files ------------------------------------------------------------------------------------------

  @Test
  void aValidFileInUtf8WithBomGivesCompleteSubmissions() {
    String text = csv(';', "\r\n", HEADER, List.of(validRow(0, false), validRow(1, true), validRow(2, false)));
    CsvImportPreview preview = reader.read(CsvFixtures.utf8WithBom(text));

    assertEquals(StandardCharsets.UTF_8, preview.charset());
    assertEquals(';', preview.delimiter());
    assertEquals(List.of(), preview.fileErrors());
    assertEquals(List.of(), preview.warnings());
    assertEquals(3, preview.rows().size());
    assertTrue(preview.importable(), () -> "errors: " + preview.rowsWithErrors());
    assertEquals(List.of(2, 3, 5), preview.rows().stream().map(CsvRow::lineNumber).toList());

    CsvRow sber = preview.rows().get(0);
    assertEquals("Стандарт", sber.tariffName());
    RegistrationSubmission s = sber.submission();
    assertNull(s.eventId());
    assertNull(s.tariffId());
    assertNull(s.lateReason());
    CompanyDetails c = s.company();
    assertEquals(EntityType.ORGANISATION, c.entityType());
    assertEquals("Публичное акционерное общество «Сбербанк России»", c.fullName());
    assertEquals("ПАО Сбербанк", c.shortName());
    assertEquals("7707083893", c.inn());
    assertEquals("773601001", c.kpp());
    assertEquals("1027700132195", c.ogrn());
    assertEquals("117312, г. Москва, ул. Вавилова, д. 19", c.legalAddress());
    assertEquals("ПАО Сбербанк", c.bankName());
    assertEquals("044525225", c.bik());
    assertEquals("30101810400000000225", c.correspondentAccount());
    assertEquals("40702810238000139300", c.settlementAccount());
    assertEquals("Иванов Иван Иванович", c.signatoryName());
    assertEquals("Генеральный директор", c.signatoryPosition());
    assertEquals(SignatoryBasis.CHARTER, c.signatoryBasis());
    assertEquals(new ContactPerson("Петрова Анна Сергеевна", "petrova0@example.ru", "+7 495 500-55-50"), s.contact());
    assertEquals(
        List.of(
            new ParticipantDetails("Сидоров Пётр Алексеевич", "sidorov0@example.ru", "Руководитель отдела"),
            new ParticipantDetails("Кузнецова Мария", "kuznetsova0@example.ru", "Аналитик")),
        s.participants());

    CsvRow gazprom = preview.rows().get(1);
    assertEquals("VIP", gazprom.tariffName());
    assertEquals("7736050003", gazprom.submission().company().inn());
    assertEquals(2, gazprom.submission().participants().size(), "participants separated by a newline");
    assertEquals("7736207543", preview.rows().get(2).submission().company().inn());
  }

  @Test
  void aWindows1251FileWithCommasIsReadTheSame() {
    String text = csv(',', "\r\n", HEADER, List.of(validRow(0, false), validRow(2, true)));
    CsvImportPreview preview = reader.read(CsvFixtures.cp1251(text));
    assertEquals(Charset.forName("windows-1251"), preview.charset());
    assertEquals(',', preview.delimiter());
    assertTrue(preview.importable(), () -> "errors: " + preview.rowsWithErrors() + preview.fileErrors());
    assertEquals("Общество с ограниченной ответственностью «Яндекс»", preview.rows().get(1).submission().company().fullName());
    assertEquals("Сидоров Пётр Алексеевич", preview.rows().get(1).submission().participants().get(0).fullName());
  }

  @Test
  void aUtf8FileWithoutBomAndLfLineEnds() {
    String text = csv(';', "\n", HEADER, List.of(validRow(1, true), validRow(1, true)));
    CsvImportPreview preview = reader.read(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(StandardCharsets.UTF_8, preview.charset());
    assertTrue(preview.importable());
    assertEquals(List.of(2, 4), preview.rows().stream().map(CsvRow::lineNumber).toList());
  }

  @Test
  void twoHundredValidRowsAndThreeBadOnesFlagExactlyTheBadOnes() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < 203; i++) {
      rows.add(validRow(i, i % 4 == 0)); // every fourth row spans two physical lines
    }
    rows.get(10).put("ИНН", "7707083894"); // Сбербанк with the last digit changed
    rows.get(101).put("КПП", "7736\u041E1001"); // Cyrillic О instead of the digit 0 at position 5
    rows.get(202).put("E-mail", ""); // no contact e-mail
    String text = csv(';', "\r\n", HEADER, rows);
    List<Integer> lines = new ArrayList<>();
    int line = 2;
    for (Map<String, String> row : rows) {
      lines.add(line);
      line += 1 + (int) String.join("", row.values()).chars().filter(ch -> ch == '\n').count();
    }

    CsvImportPreview preview = reader.read(CsvFixtures.utf8WithBom(text));

    assertEquals(List.of(), preview.fileErrors());
    assertEquals(203, preview.rows().size());
    assertFalse(preview.importable());
    List<CsvRow> bad = preview.rowsWithErrors();
    assertEquals(List.of(lines.get(10), lines.get(101), lines.get(202)), bad.stream().map(CsvRow::lineNumber).toList());
    assertEquals(List.of(15, 129, 255), bad.stream().map(CsvRow::lineNumber).toList());

    CsvCellError inn = bad.get(0).errors().get(0);
    assertEquals(1, bad.get(0).errors().size(), () -> bad.get(0).errors().toString());
    assertEquals("inn.checksum", inn.code());
    assertEquals("inn", inn.field());
    assertEquals("ИНН", inn.column());
    assertEquals(RequisiteField.INN, inn.violation().field());

    CsvCellError kpp = bad.get(1).errors().get(0);
    assertEquals(1, bad.get(1).errors().size(), () -> bad.get(1).errors().toString());
    assertEquals("kpp.cyrillic", kpp.code());
    assertEquals("КПП", kpp.column());
    assertEquals(List.of("О", 5, "U+041E"), kpp.args());

    assertEquals(
        List.of(CsvCellError.of("E-mail", "contact.email", "required")), bad.get(2).errors());
  }

  // ---- header -----------------------------------------------------------------------------------------------

  @Test
  void missingRequiredColumnsAreOneFileErrorNamingThem() {
    String text = "Тип;КПП;Телефон\nЮЛ;773601001;+7 495 500-55-50\n";
    CsvImportPreview preview = reader.read(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(new CsvProblem("csv.missingColumns", List.of("fullName", "inn", "contact.name", "contact.email", "participants"))),
        preview.fileErrors());
    assertEquals(List.of(), preview.rows());
    assertFalse(preview.importable());
  }

  @Test
  void englishHeadersInAnyCaseWithBomAndSpaces() {
    String text =
        "\uFEFF  INN ,Full Name,KPP,OGRN,Contact Name,Contact E-mail, Participants ,Entity type,Tariff\n"
            + "7736207543,Яндекс,770401001,1027700229193,Anna,anna@example.com,\"Ivan Petrov, ivan@example.com, CTO\",organisation,Basic\n";
    CsvImportPreview preview = reader.read(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(',', preview.delimiter());
    assertTrue(preview.importable(), () -> preview.fileErrors() + " " + preview.rowsWithErrors());
    RegistrationSubmission s = preview.rows().get(0).submission();
    assertEquals("7736207543", s.company().inn());
    assertEquals(new ParticipantDetails("Ivan Petrov", "ivan@example.com", "CTO"), s.participants().get(0));
    assertEquals("Basic", preview.rows().get(0).tariffName());
  }

  @Test
  void headerSynonymsWithYoAndAbbreviations() {
    Map<String, String> row = validRow(0, false);
    Map<String, String> renamed = new LinkedHashMap<>();
    Map<String, String> names =
        Map.of(
            "Корр. счёт", "к/с",
            "Расчётный счёт", "Расчетный счет",
            "Основание", "Действует на основании",
            "Подписант", "ФИО подписанта",
            "E-mail", "Email контактного лица",
            "Полное наименование", "Наименование",
            "Тип", "Вид лица",
            "ОГРН", "ОГРН/ОГРНИП");
    row.forEach((k, v) -> renamed.put(names.getOrDefault(k, k), v));
    List<String> header = new ArrayList<>(renamed.keySet());
    CsvImportPreview preview = reader.read(csv(';', "\n", header, List.of(renamed)).getBytes(StandardCharsets.UTF_8));
    assertTrue(preview.importable(), () -> preview.fileErrors() + " " + preview.rowsWithErrors());
    assertEquals(List.of(), preview.warnings());
    CompanyDetails c = preview.rows().get(0).submission().company();
    assertEquals("30101810400000000225", c.correspondentAccount());
    assertEquals("40702810238000139300", c.settlementAccount());
    assertEquals("Иванов Иван Иванович", c.signatoryName());
    assertEquals("petrova0@example.ru", preview.rows().get(0).submission().contact().email());
  }

  @Test
  void unknownColumnsAreAWarningNotAnError() {
    List<String> header = new ArrayList<>(HEADER);
    header.add("Комментарий");
    header.add("Откуда узнали");
    Map<String, String> row = validRow(0, false);
    row.put("Комментарий", "приедем пораньше");
    CsvImportPreview preview = reader.read(csv(';', "\n", header, List.of(row)).getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(new CsvProblem("csv.unknownColumns", List.of("Комментарий", "Откуда узнали"))), preview.warnings());
    assertTrue(preview.importable());
  }

  @Test
  void aDuplicatedColumnIsAWarningAndTheFirstNonEmptyValueIsUsed() {
    String text = "ИНН;Наименование;ОГРН;ОГРНИП;Контактное лицо;E-mail;Участники\n"
        + "7707083893;ПАО Сбербанк;;1027700132195;Анна;anna@example.ru;Иван\n";
    CsvImportPreview preview = reader.read(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(new CsvProblem("csv.duplicateColumns", List.of("ОГРНИП"))), preview.warnings());
    assertEquals("1027700132195", preview.rows().get(0).submission().company().ogrn());
  }

  @Test
  void anEmptyFileAndAHeaderOnlyFile() {
    assertEquals(List.of(CsvProblem.of("csv.empty")), reader.read(new byte[0]).fileErrors());
    assertEquals(List.of(CsvProblem.of("csv.empty")), reader.read("\r\n\r\n".getBytes(StandardCharsets.UTF_8)).fileErrors());
    String headerOnly = String.join(";", HEADER) + "\r\n\r\n";
    assertEquals(List.of(CsvProblem.of("csv.noRows")), reader.read(headerOnly.getBytes(StandardCharsets.UTF_8)).fileErrors());
  }

  @Test
  void brokenBytesAreAFileError() {
    byte[] bytes = new byte[2000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x98 : 0x81);
    }
    CsvImportPreview preview = reader.read(bytes);
    assertEquals(List.of(CsvProblem.of("csv.brokenEncoding")), preview.fileErrors());
    assertNull(preview.charset());
    assertEquals('\0', preview.delimiter());
    assertEquals(List.of(), preview.rows());
  }

  // ---- limits -----------------------------------------------------------------------------------------------

  @Test
  void aFileOverTheSizeLimitIsRejectedBeforeDecoding() {
    CsvRegistrationReader small = new CsvRegistrationReader(1024, 100, 100);
    byte[] bytes = new byte[1025];
    assertEquals(List.of(CsvProblem.of("csv.fileTooLarge", "0.001")), small.read(bytes).fileErrors());
    assertEquals(
        List.of(CsvProblem.of("csv.fileTooLarge", "5")),
        reader.read(new byte[(int) CsvRegistrationReader.DEFAULT_MAX_BYTES + 1]).fileErrors());
  }

  @Test
  void aStreamIsReadOnlyUpToTheLimit() throws IOException {
    CsvRegistrationReader small = new CsvRegistrationReader(10_000, 100, 100);
    CountingStream endless = new CountingStream();
    assertEquals("csv.fileTooLarge", small.read(endless).fileErrors().get(0).code());
    assertEquals(10_001, endless.served);
  }

  @Test
  void aStreamWithinTheLimitIsRead() throws IOException {
    String text = csv(';', "\r\n", HEADER, List.of(validRow(0, false)));
    assertTrue(reader.read(new ByteArrayInputStream(CsvFixtures.utf8WithBom(text))).importable());
  }

  @Test
  void tooManyRowsIsAFileError() {
    CsvRegistrationReader limited = new CsvRegistrationReader(CsvRegistrationReader.DEFAULT_MAX_BYTES, 3, 1000);
    List<Map<String, String>> three = List.of(validRow(0, false), validRow(1, false), validRow(2, false));
    String ok = csv(';', "\n", HEADER, three) + "\n;;;\n\n";
    assertTrue(limited.read(ok.getBytes(StandardCharsets.UTF_8)).importable(), "blank rows do not count");
    List<Map<String, String>> four = new ArrayList<>(three);
    four.add(validRow(3, false));
    CsvImportPreview preview = limited.read(csv(';', "\n", HEADER, four).getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(CsvProblem.of("csv.tooManyRows", 3)), preview.fileErrors());
    assertEquals(List.of(), preview.rows());
  }

  @Test
  void fiveThousandRowsAreAcceptedByDefault() {
    StringBuilder text = new StringBuilder(String.join(";", HEADER)).append('\n');
    String row = CsvFixtures.line(';', new ArrayList<>(validRow(0, false).values())) + "\n";
    text.append(row.repeat(5000));
    CsvImportPreview preview = reader.read(text.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), preview.fileErrors());
    assertEquals(5000, preview.rows().size());
    assertEquals(
        List.of(CsvProblem.of("csv.tooManyRows", 5000)),
        reader.read(text.append(row).toString().getBytes(StandardCharsets.UTF_8)).fileErrors());
  }

  @Test
  void aTooLongValueIsARowErrorOnItsColumn() {
    Map<String, String> row = validRow(0, false);
    row.put("Юридический адрес", "г. Москва, ".repeat(200));
    CsvImportPreview preview = reader.read(csv(';', "\n", HEADER, List.of(row)).getBytes(StandardCharsets.UTF_8));
    // reported once: the cut value is also over the 500 characters of CompanyDetails, which is not repeated
    assertEquals(
        List.of(CsvCellError.of("Юридический адрес", "legalAddress", "csv.fieldTooLong", 1000)),
        preview.rows().get(0).errors());
  }

  // ---- rows -------------------------------------------------------------------------------------------------

  @Test
  void anUnterminatedQuoteIsARowErrorAndTheRowsBeforeItAreKept() {
    String text = csv(';', "\n", HEADER, List.of(validRow(0, false))) + "ЮЛ;\"ПАО Сбербанк;7707083893\n";
    CsvImportPreview preview = reader.read(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, preview.rows().size());
    assertFalse(preview.rows().get(0).hasErrors());
    CsvRow broken = preview.rows().get(1);
    assertEquals(3, broken.lineNumber());
    assertNull(broken.submission());
    assertEquals(List.of(CsvCellError.of(null, null, "csv.unterminatedQuote")), broken.errors());
  }

  @Test
  void moreValuesThanColumnsIsARowError() {
    String text = "ИНН;Наименование;Контактное лицо;E-mail;Участники\n"
        + "7707083893;ПАО Сбербанк;Анна;anna@example.ru;Иван Петров, ivan@example.ru, CTO;Мария Котова\n";
    List<CsvCellError> errors = reader.read(text.getBytes(StandardCharsets.UTF_8)).rows().get(0).errors();
    assertTrue(errors.contains(CsvCellError.of(null, null, "csv.tooManyFields", 5)), errors::toString);
  }

  @Test
  void trailingEmptyValuesBeyondTheHeaderAreFine() {
    String text = "ИНН;Наименование;КПП;ОГРН;Контактное лицо;E-mail;Участники\n"
        + "7707083893;ПАО Сбербанк;773601001;1027700132195;Анна;anna@example.ru;Иван;;;\n";
    assertTrue(reader.read(text.getBytes(StandardCharsets.UTF_8)).importable());
  }

  @Test
  void missingTrailingValuesAreEmpty() {
    String text = "ИНН;Наименование;КПП;ОГРН;Контактное лицо;E-mail;Участники;Тариф;Телефон\n"
        + "7707083893;ПАО Сбербанк;773601001;1027700132195;Анна;anna@example.ru;Иван\n";
    CsvImportPreview preview = reader.read(text.getBytes(StandardCharsets.UTF_8));
    assertTrue(preview.importable());
    assertNull(preview.rows().get(0).tariffName());
    assertNull(preview.rows().get(0).submission().contact().phone());
  }

  @ParameterizedTest
  @CsvSource({
    "ЮЛ, ORGANISATION",
    "организация, ORGANISATION",
    "Организация, ORGANISATION",
    "organisation, ORGANISATION",
    "Юридическое лицо, ORGANISATION",
    "ИП, ENTREPRENEUR",
    "и.п., ENTREPRENEUR",
    "Индивидуальный предприниматель, ENTREPRENEUR",
    "entrepreneur, ENTREPRENEUR"
  })
  void entityTypeWords(String word, EntityType expected) {
    assertEquals(expected, CsvRegistrationReader.entityType(word));
  }

  @Test
  void anUnknownEntityTypeIsARowErrorAndNotReportedTwice() {
    List<CsvCellError> errors = errorsOf(r -> r.put("Тип", "ГУП"));
    assertEquals(List.of(CsvCellError.of("Тип", "entityType", "csv.unknownEntityType", "ГУП")), errors);
  }

  @Test
  void withoutATypeColumnTheInnLengthDecides() {
    String text = "ИНН;ОГРН;Наименование;Контактное лицо;E-mail;Участники;Основание\n"
        + "771479292224;304770100000016;ИП Иванов Иван Иванович;Иванов;ivanov@example.ru;Иванов Иван;ОГРНИП\n"
        + "7707083893;1027700132195;ПАО Сбербанк;Анна;anna@example.ru;Мария;устав\n";
    CsvImportPreview preview = reader.read(text.getBytes(StandardCharsets.UTF_8));
    CompanyDetails ip = preview.rows().get(0).submission().company();
    assertEquals(EntityType.ENTREPRENEUR, ip.entityType());
    assertEquals(SignatoryBasis.ENTREPRENEUR_REGISTRATION, ip.signatoryBasis());
    assertEquals(List.of(), preview.rows().get(0).errors());
    assertEquals(EntityType.ORGANISATION, preview.rows().get(1).submission().company().entityType());
    assertEquals(
        List.of("kpp.required"), preview.rows().get(1).errors().stream().map(CsvCellError::code).toList());
    assertNull(preview.rows().get(1).errors().get(0).column(), "the file has no КПП column");
  }

  @ParameterizedTest
  @CsvSource({
    "Устав, CHARTER",
    "на основании Устава, CHARTER",
    "charter, CHARTER",
    "Доверенность, POWER_OF_ATTORNEY",
    "доверенности № 12 от 01.02.2024, POWER_OF_ATTORNEY",
    "power of attorney, POWER_OF_ATTORNEY",
    "ОГРНИП, ENTREPRENEUR_REGISTRATION",
    "Свидетельство о регистрации, ENTREPRENEUR_REGISTRATION",
    "запись ЕГРИП, ENTREPRENEUR_REGISTRATION"
  })
  void basisWords(String word, SignatoryBasis expected) {
    assertEquals(expected, CsvRegistrationReader.basis(word));
  }

  @Test
  void anUnknownBasisIsARowError() {
    assertEquals(
        List.of(CsvCellError.of("Основание", "signatoryBasis", "csv.unknownBasis", "приказ")),
        errorsOf(r -> r.put("Основание", "приказ")));
  }

  @ParameterizedTest
  @CsvSource({"15.03.2024, 2024-03-15", "5.3.2024, 2024-03-05", "2024-03-15, 2024-03-15", "29.02.2024, 2024-02-29"})
  void dates(String text, LocalDate expected) {
    assertEquals(expected, CsvRegistrationReader.date(text));
  }

  @ParameterizedTest
  @CsvSource({"31.02.2024", "2024/03/15", "15-03-2024", "15.03.24", "завтра", "29.02.2023"})
  void notDates(String text) {
    assertNull(CsvRegistrationReader.date(text));
  }

  @Test
  void aPowerOfAttorneyWithNumberAndDate() {
    List<String> header = withColumns("Номер доверенности", "Дата доверенности");
    Map<String, String> row = validRow(0, false);
    row.put("Основание", "доверенность");
    row.put("Номер доверенности", "77 АБ 1234567");
    row.put("Дата доверенности", "15.01.2024");
    CsvImportPreview preview = reader.read(csv(';', "\n", header, List.of(row)).getBytes(StandardCharsets.UTF_8));
    assertTrue(preview.importable(), () -> preview.rowsWithErrors().toString());
    CompanyDetails c = preview.rows().get(0).submission().company();
    assertEquals(SignatoryBasis.POWER_OF_ATTORNEY, c.signatoryBasis());
    assertEquals("77 АБ 1234567", c.powerOfAttorneyNumber());
    assertEquals(LocalDate.of(2024, 1, 15), c.powerOfAttorneyDate());
  }

  @Test
  void aBadPowerOfAttorneyDateIsReportedOnce() {
    List<String> header = withColumns("Номер доверенности", "Дата доверенности");
    Map<String, String> row = validRow(0, false);
    row.put("Основание", "доверенность");
    row.put("Номер доверенности", "12");
    row.put("Дата доверенности", "31.02.2024");
    CsvImportPreview preview = reader.read(csv(';', "\n", header, List.of(row)).getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(CsvCellError.of("Дата доверенности", "powerOfAttorneyDate", "csv.badDate", "31.02.2024")),
        preview.rows().get(0).errors());
  }

  @Test
  void aPowerOfAttorneyWithoutNumberIsTheDomainError() {
    assertEquals(
        List.of(CsvCellError.of(null, "powerOfAttorneyNumber", "powerOfAttorney.required")),
        errorsOf(r -> r.put("Основание", "Доверенность")));
  }

  @Test
  void everyProblemOfARowIsReportedAtOnce() {
    List<String> header = withColumns("E-mail компании");
    Map<String, String> row = validRow(0, false);
    row.put("ОГРН", "1027700132196"); // wrong check digit
    row.put("Расчётный счёт", "40702810238000139301"); // wrong key
    row.put("Полное наименование", "");
    row.put("E-mail компании", "info-at-sberbank.ru");
    row.put("Подписант", "И".repeat(201));
    row.put("Контактное лицо", "");
    row.put("E-mail", "petrova@");
    row.put("Участники", "Иванов Иван, ivanov@, Директор\n, a@b.ru\nПетров, Инженер");
    CsvImportPreview preview = reader.read(csv(';', "\n", header, List.of(row)).getBytes(StandardCharsets.UTF_8));
    List<CsvCellError> errors = preview.rows().get(0).errors();
    assertEquals(
        List.of(
            "ogrn/ogrn.checksum",
            "settlementAccount/settlementAccount.key",
            "email/email",
            "fullName/required",
            "signatoryName/tooLong",
            "contact.name/required",
            "contact.email/email",
            "participants[0].email/email",
            "participants[1]/csv.badParticipant"),
        errors.stream().map(e -> e.field() + "/" + e.code()).toList());
    assertEquals("Участники", errors.get(8).column());
    assertEquals(List.of(", a@b.ru"), errors.get(8).args());
    assertEquals(List.of(200), errors.get(4).args());
    assertNotNull(errors.get(0).violation());
    assertNull(errors.get(2).violation());
    // with errors the company is kept as written (not cleaned), so the operator sees the values
    assertEquals("info-at-sberbank.ru", preview.rows().get(0).submission().company().email());
  }

  @Test
  void participantsInOneCellInEveryAcceptedShape() {
    List<ParticipantDetails> people =
        participantsOf(
            "Иванов Иван Иванович, ivanov@example.ru, Генеральный директор;"
                + " Петрова Анна, , Бухгалтер\r\n"
                + "Сидоров Пётр, sidorov@example.ru\n"
                + "Котова Мария, Руководитель проектов, отдел маркетинга\n"
                + "Ли Си\n"
                + "\n"
                + "Орлов Олег, Директор по развитию, г. Москва, orlov@example.ru");
    assertEquals(
        List.of(
            new ParticipantDetails("Иванов Иван Иванович", "ivanov@example.ru", "Генеральный директор"),
            new ParticipantDetails("Петрова Анна", null, "Бухгалтер"),
            new ParticipantDetails("Сидоров Пётр", "sidorov@example.ru", null),
            new ParticipantDetails("Котова Мария", null, "Руководитель проектов, отдел маркетинга"),
            new ParticipantDetails("Ли Си", null, null),
            new ParticipantDetails("Орлов Олег", "orlov@example.ru", "Директор по развитию, г. Москва")),
        people);
  }

  @Test
  void aParticipantsCellWithOnlySeparatorsHasNoParticipants() {
    assertEquals(
        List.of(CsvCellError.of("Участники", "participants", "csv.noParticipants")),
        errorsOf(r -> r.put("Участники", " ;\n; ")));
  }

  @Test
  void theDeclaredNumberOfParticipantsMustMatch() {
    List<String> header = withColumns("Количество участников");
    Map<String, String> good = validRow(0, false);
    good.put("Количество участников", "2");
    Map<String, String> mismatch = validRow(1, false);
    mismatch.put("Количество участников", "3");
    Map<String, String> notANumber = validRow(2, false);
    notANumber.put("Количество участников", "два");
    List<CsvRow> rows =
        reader.read(csv(';', "\n", header, List.of(good, mismatch, notANumber)).getBytes(StandardCharsets.UTF_8)).rows();
    assertEquals(List.of(), rows.get(0).errors());
    assertEquals(
        List.of(CsvCellError.of("Количество участников", "participantCount", "csv.participantCountMismatch", "3", "2")),
        rows.get(1).errors());
    assertEquals(
        List.of(CsvCellError.of("Количество участников", "participantCount", "csv.badNumber", "два")),
        rows.get(2).errors());
  }

  @Test
  void tooManyParticipants() {
    CsvRegistrationReader roomy = new CsvRegistrationReader(CsvRegistrationReader.DEFAULT_MAX_BYTES, 10, 100_000);
    Map<String, String> row = validRow(0, false);
    row.put("Участники", "Участник Номер, x@example.ru\n".repeat(501));
    CsvImportPreview preview = roomy.read(csv(';', "\n", HEADER, List.of(row)).getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(CsvCellError.of("Участники", "participants", "csv.tooManyParticipants", 500)),
        preview.rows().get(0).errors());
  }

  @Test
  void aMiddlePartThatLooksLikeAnAddressIsCheckedAsAnEmail() {
    assertEquals(
        List.of(CsvCellError.of("Участники", "participants[0].email", "email")),
        errorsOf(r -> r.put("Участники", "Иванов Иван, ivanov.example.ru, Директор")));
  }

  @Test
  void aNumberExcelRoundedIsNamedAsSuch() {
    assertEquals(
        List.of(CsvCellError.of("Расчётный счёт", "settlementAccount", "csv.excelNumber", "4,07028E+19")),
        errorsOf(r -> r.put("Расчётный счёт", "4,07028E+19")));
  }

  @Test
  void requisitesWithSpacesAndDashesAreAcceptedAndKeptAsWritten() {
    CsvRow row =
        rowOf(
            r -> {
              r.put("ИНН", " 7707 083 893 ");
              r.put("Расчётный счёт", "40702 810 2 3800 0139300");
            });
    assertEquals(List.of(), row.errors());
    assertEquals("7707 083 893", row.submission().company().inn());
  }

  @Test
  void aValidRowIsCleaned() {
    CsvRow row = rowOf(r -> r.put("Полное наименование", "ПАО\u00A0Сбербанк "));
    assertEquals("ПАО Сбербанк", row.submission().company().fullName());
    assertNull(row.submission().company().postalAddress());
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  private List<String> withColumns(String... extra) {
    List<String> header = new ArrayList<>(HEADER);
    header.addAll(List.of(extra));
    return header;
  }

  private CsvRow rowOf(Consumer<Map<String, String>> change) {
    Map<String, String> row = validRow(0, false);
    change.accept(row);
    List<String> header = new ArrayList<>(HEADER);
    row.keySet().stream().filter(k -> !header.contains(k)).forEach(header::add);
    CsvImportPreview preview = reader.read(csv(';', "\r\n", header, List.of(row)).getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), preview.fileErrors());
    return preview.rows().get(0);
  }

  private List<CsvCellError> errorsOf(Consumer<Map<String, String>> change) {
    return rowOf(change).errors();
  }

  private List<ParticipantDetails> participantsOf(String cell) {
    CsvRow row = rowOf(r -> r.put("Участники", cell));
    assertEquals(List.of(), row.errors());
    return row.submission().participants();
  }

  /** An endless stream that counts what it served. */
  private static final class CountingStream extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'x');
      served += len;
      return len;
    }
  }
}
