package dev.backoffice.infrastructure.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

  private final CsvWriter writer = new CsvWriter();

  @Test
  void utf8WithBomSemicolonsAndCrlf() {
    byte[] bytes = writer.write(List.of(List.of("ИНН", "Наименование"), List.of("7707083893", "ПАО Сбербанк")));
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    assertEquals(
        "ИНН;Наименование\r\n7707083893;ПАО Сбербанк\r\n",
        new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
  }

  @Test
  void writingToAStreamGivesTheSameBytes() throws IOException {
    List<List<String>> rows = List.of(List.of("a", "б"), List.of("=1", "x;y"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(rows, out);
    assertArrayEquals(writer.write(rows), out.toByteArray());
  }

  @Test
  void valuesWithDelimiterQuoteOrLineBreakAreQuoted() {
    assertEquals(
        "\"a;b\";\"ПАО \"\"Газпром\"\"\";\"две\nстроки\";\"cr\rhere\";a,b\r\n",
        writer.text(List.of(List.of("a;b", "ПАО \"Газпром\"", "две\nстроки", "cr\rhere", "a,b"))));
  }

  @Test
  void withACommaDelimiterCommasAreQuotedAndSemicolonsAreNot() {
    assertEquals("\"a,b\",a;b\r\n", new CsvWriter(',').text(List.of(List.of("a,b", "a;b"))));
  }

  @Test
  void nullIsEmpty() {
    assertEquals(";x;\r\n", writer.text(List.of(Arrays.asList(null, "x", null))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+1",
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+1+1",
        "-1+1",
        "@SUM(A1:A2)",
        "\t=1",
        "\r=1",
        "  =1+1",
        "\u00A0=1",
        "=cmd|' /C calc'!A0",
        "\uFF1D1+1",
        "+7 495 500-55-50",
        "-5",
        "\tanything",
        "\ranything"
      })
  void dangerousValuesGetAnApostrophe(String value) {
    assertTrue(CsvWriter.isDangerous(value));
    assertEquals("'" + value, CsvWriter.neutralise(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ПАО Сбербанк", "7707083893", "a=b", "ivanov@example.ru", "1-2", "'=already", " x", "5"})
  void harmlessValuesAreUnchanged(String value) {
    assertFalse(CsvWriter.isDangerous(value));
    assertEquals(value, CsvWriter.neutralise(value));
  }

  @Test
  void aDangerousValueIsNeutralisedAndQuotedWhenItNeedsBoth() {
    assertEquals("'=1+1;\"'=A1;B1\";\"'-\"\"x\"\"\"\r\n", writer.text(List.of(List.of("=1+1", "=A1;B1", "-\"x\""))));
  }

  @Test
  void onlyTheUsualDelimitersAreAllowed() {
    assertThrows(IllegalArgumentException.class, () -> new CsvWriter('|'));
  }

  @Test
  void roundTripThroughTheParser() {
    List<List<String>> rows =
        List.of(
            List.of("ИНН", "Наименование", "Телефон", "Участники", "Комментарий"),
            List.of("7707083893", "ПАО \"Сбербанк\"; Москва", "+7 495 500-55-50", "Иванов, a@b.ru\r\nПетров", "=1+1"),
            List.of("7736050003", "ПАО «Газпром»", "", "Сидоров\nКотова", "@import"),
            List.of("7736207543", "ООО «Яндекс», Москва", "-", "  -2", "\tтаб"));
    for (char delimiter : new char[] {';', ',', '\t'}) {
      byte[] bytes = new CsvWriter(delimiter).write(rows);
      CsvFormat.Decoded decoded = CsvFormat.decode(bytes);
      assertEquals(StandardCharsets.UTF_8, decoded.charset());
      List<List<String>> read = new ArrayList<>();
      CsvParser.parseAll(decoded.text(), delimiter).forEach(r -> read.add(r.fields()));
      List<List<String>> expected = new ArrayList<>();
      rows.forEach(row -> expected.add(row.stream().map(v -> CsvWriter.isDangerous(v) ? "'" + v : v).toList()));
      assertEquals(expected, read, "delimiter " + (int) delimiter);
      assertEquals("'=1+1", read.get(1).get(4));
      assertEquals("'+7 495 500-55-50", read.get(1).get(2));
      assertEquals("ПАО \"Сбербанк\"; Москва", read.get(1).get(1));
    }
  }

  @Test
  void aWrittenImportFileIsReadBackByTheReader() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(CsvFixtures.HEADER);
    rows.add(new ArrayList<>(CsvFixtures.validRow(1, true).values()));
    CsvImportPreview preview = new CsvRegistrationReader().read(writer.write(rows));
    assertTrue(preview.importable(), () -> preview.fileErrors() + " " + preview.rowsWithErrors());
    assertEquals("'+7 495 500-55-50", preview.rows().get(0).submission().contact().phone());
    assertEquals(2, preview.rows().get(0).submission().participants().size());
  }
}
