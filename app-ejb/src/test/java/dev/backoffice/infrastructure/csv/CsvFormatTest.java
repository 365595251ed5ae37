package dev.backoffice.infrastructure.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFormatTest {

  private static final String TEXT = "ИНН;Полное наименование;Участники\r\n7707083893;ПАО «Сбербанк» — Ёлка №1;Иванов\r\n";

  @Test
  void utf8WithBomIsUtf8AndTheBomIsDropped() {
    CsvFormat.Decoded decoded = CsvFormat.decode(CsvFixtures.utf8WithBom(TEXT));
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
    assertEquals(TEXT, decoded.text());
  }

  @Test
  void utf8WithoutBomIsUtf8() {
    CsvFormat.Decoded decoded = CsvFormat.decode(TEXT.getBytes(StandardCharsets.UTF_8));
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
    assertEquals(TEXT, decoded.text());
  }

  @Test
  void pureAsciiIsUtf8() {
    String ascii = "inn,full name,participants\n7707083893,Sberbank,Ivanov\n";
    assertEquals(StandardCharsets.UTF_8, CsvFormat.decode(ascii.getBytes(StandardCharsets.US_ASCII)).charset());
  }

  @Test
  void windows1251IsRecognisedWhenTheBytesAreNotUtf8() {
    byte[] bytes = CsvFixtures.cp1251(TEXT);
    CsvFormat.Decoded decoded = CsvFormat.decode(bytes);
    assertEquals(Charset.forName("windows-1251"), decoded.charset());
    assertEquals(TEXT, decoded.text());
  }

  @Test
  void utf16WithBomIsRead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    out.writeBytes(TEXT.replace(';', '\t').getBytes(StandardCharsets.UTF_16LE));
    CsvFormat format = CsvFormat.detect(out.toByteArray());
    assertEquals(StandardCharsets.UTF_16LE, format.charset());
    assertEquals('\t', format.delimiter());
  }

  @Test
  void aUtf8BomFollowedByInvalidUtf8IsBroken() {
    byte[] cp1251 = CsvFixtures.cp1251(TEXT);
    byte[] bytes = new byte[cp1251.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(cp1251, 0, bytes, 3, cp1251.length);
    assertBroken(bytes);
  }

  @Test
  void aRunOfC1ControlBytesIsBroken() {
    // invalid UTF-8; in Windows-1251 0x98 is undefined and 0x81 is the Macedonian Ѓ: not Russian text
    byte[] header = "ИНН;Наименование\r\n".getBytes(Charset.forName("windows-1251"));
    byte[] junk = new byte[64];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 2 == 0 ? 0x98 : 0x81);
    }
    byte[] bytes = Arrays.copyOf(header, header.length + junk.length);
    System.arraycopy(junk, 0, bytes, header.length, junk.length);
    assertBroken(bytes);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20240601})
  void randomBinaryIsBroken(long seed) {
    byte[] bytes = new byte[4096];
    new Random(seed).nextBytes(bytes);
    assertBroken(bytes);
  }

  @Test
  void aZipFileSuchAsXlsxIsBroken() {
    byte[] bytes = new byte[512];
    new Random(7).nextBytes(bytes);
    bytes[0] = 'P';
    bytes[1] = 'K';
    bytes[2] = 3;
    bytes[3] = 4;
    assertBroken(bytes);
  }

  @Test
  void utf16WithoutBomIsBroken() {
    assertBroken("inn;full name;participants\r\n".getBytes(StandardCharsets.UTF_16LE));
  }

  @Test
  void cp866TextIsNotMistakenForWindows1251() {
    String russian =
        "Полное наименование;Контактное лицо;Участники\r\n"
            + "Общество с ограниченной ответственностью «Яндекс»;Петрова Анна Сергеевна;Сидоров Пётр, менеджер\r\n";
    assertBroken(russian.replace('«', '"').replace('»', '"').replace('ё', 'е').getBytes(Charset.forName("IBM866")));
  }

  @Test
  void koi8rTextIsNotMistakenForWindows1251() {
    String russian =
        "Полное наименование;Контактное лицо;Участники\r\n"
            + "ПАО Сбербанк;Петрова Анна Сергеевна;Сидоров Петр, менеджер\r\n"
            + "ООО Яндекс;Иванов Иван Иванович;Котова Мария, Аналитик\r\n";
    assertBroken(russian.getBytes(Charset.forName("KOI8-R")));
  }

  @Test
  void allCapitalsWindows1251TextIsFine() {
    String caps = "ПОЛНОЕ НАИМЕНОВАНИЕ;КОНТАКТНОЕ ЛИЦО\r\nПАО СБЕРБАНК;ПЕТРОВА АННА СЕРГЕЕВНА\r\n";
    assertEquals(caps, CsvFormat.decode(CsvFixtures.cp1251(caps)).text());
  }

  @Test
  void utf8WithOneStrayByteIsBrokenNotMojibake() {
    byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(utf8, utf8.length + 1);
    bytes[utf8.length] = (byte) 0xFF;
    assertBroken(bytes);
  }

  @Test
  void aFewOddSymbolsInLongWindows1251TextAreTolerated() {
    String text = TEXT.repeat(20) + "Примечание: 5 µм ¤\r\n";
    assertEquals(Charset.forName("windows-1251"), CsvFormat.decode(CsvFixtures.cp1251(text)).charset());
  }

  @Test
  void anEmptyFileDecodesToEmptyText() {
    assertEquals("", CsvFormat.decode(new byte[0]).text());
  }

  @Test
  void semicolonDelimiter() {
    assertEquals(';', CsvFormat.detect("ИНН;КПП;Участники\n1;2;3\n".getBytes(StandardCharsets.UTF_8)).delimiter());
  }

  @Test
  void commaDelimiter() {
    assertEquals(',', CsvFormat.detect("ИНН,КПП,Участники\n1,2,3\n".getBytes(StandardCharsets.UTF_8)).delimiter());
  }

  @Test
  void tabDelimiter() {
    assertEquals('\t', CsvFormat.detect("ИНН\tКПП\tУчастники\n1\t2\t3\n".getBytes(StandardCharsets.UTF_8)).delimiter());
  }

  @Test
  void knownColumnNamesOutweighTheNumberOfFields() {
    // split by ',' the header has more fields, but only split by ';' are they known column names
    String header = "ИНН;Участники (ФИО, e-mail, должность);Полное наименование, как в ЕГРЮЛ\n";
    assertEquals(';', CsvFormat.detectDelimiter(header, CsvFormat::knownColumns));
  }

  @Test
  void withoutKnownColumnsTheMostFieldsWin() {
    assertEquals(',', CsvFormat.detectDelimiter("a,b,c;d\n", CsvFormat::knownColumns));
  }

  @Test
  void theDelimiterIsDecidedByTheHeaderNotByLaterRows() {
    String text = "ИНН;Полное наименование\n\"7707083893\";\"ПАО, Сбербанк, Москва, Россия\"\n";
    assertEquals(';', CsvFormat.detectDelimiter(text, CsvFormat::knownColumns));
  }

  @Test
  void aQuotedHeaderWithDelimitersInsideIsParsedProperly() {
    String text = "\"ИНН\",\"Контактное лицо\",\"Участники; через точку с запятой\"\n";
    assertEquals(',', CsvFormat.detectDelimiter(text, CsvFormat::knownColumns));
  }

  @Test
  void knownColumnsCountsHeaderNames() {
    assertEquals(3, CsvFormat.knownColumns(List.of("ИНН", "kpp", "Корр. счет", "Что-то ещё")));
  }

  private static void assertBroken(byte[] bytes) {
    CsvFileException e = assertThrows(CsvFileException.class, () -> CsvFormat.decode(bytes));
    assertEquals("csv.brokenEncoding", e.problem().code());
  }
}
