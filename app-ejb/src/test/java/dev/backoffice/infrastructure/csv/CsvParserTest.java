package dev.backoffice.infrastructure.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvParserTest {

  @Test
  void plainFields() {
    List<CsvRecord> records = CsvParser.parseAll("a;b;c\n1;2;3\n", ';');
    assertEquals(List.of("a", "b", "c"), records.get(0).fields());
    assertEquals(List.of("1", "2", "3"), records.get(1).fields());
    assertEquals(List.of(1, 2), records.stream().map(CsvRecord::lineNumber).toList());
  }

  @Test
  void quotedFieldsHoldDelimitersAndDoubledQuotes() {
    CsvRecord r = CsvParser.parseAll("\"ПАО \"\"Газпром\"\"\";\"a;b\";\"x,y\"\n", ';').get(0);
    assertEquals(List.of("ПАО \"Газпром\"", "a;b", "x,y"), r.fields());
    assertTrue(r.issues().isEmpty());
  }

  @Test
  void emptyAndQuotedEmptyFields() {
    assertEquals(List.of("", "", "x", ""), CsvParser.parseAll(";\"\";x;\n", ';').get(0).fields());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r\n", "\n", "\r"})
  void everyLineEndEndsARecordAndCountsOneLine(String end) {
    List<CsvRecord> records = CsvParser.parseAll("h1,h2" + end + "a,b" + end + "c,d" + end, ',');
    assertEquals(3, records.size());
    assertEquals(List.of("c", "d"), records.get(2).fields());
    assertEquals(List.of(1, 2, 3), records.stream().map(CsvRecord::lineNumber).toList());
  }

  @Test
  void newlinesInsideQuotesStayInTheValueAndAdvanceTheLineNumber() {
    String text = "h1;h2\r\n\"Иванов, a@b.ru\r\nПетров, c@d.ru\nСидоров\";x\r\nnext;row\r\n";
    List<CsvRecord> records = CsvParser.parseAll(text, ';');
    assertEquals("Иванов, a@b.ru\r\nПетров, c@d.ru\nСидоров", records.get(1).fields().get(0));
    assertEquals(2, records.get(1).lineNumber());
    assertEquals(5, records.get(2).lineNumber());
  }

  @Test
  void aLoneCrInsideQuotesCountsAsALine() {
    List<CsvRecord> records = CsvParser.parseAll("\"a\rb\"\rc\r", ',');
    assertEquals("a\rb", records.get(0).fields().get(0));
    assertEquals(3, records.get(1).lineNumber());
  }

  @Test
  void lastRecordWithoutLineEnd() {
    List<CsvRecord> records = CsvParser.parseAll("a;b\n1;2", ';');
    assertEquals(List.of("1", "2"), records.get(1).fields());
  }

  @Test
  void blankLinesAndDelimiterOnlyRowsAreSkippedButCounted() {
    List<CsvRecord> records = CsvParser.parseAll("a;b\n\n;;\n  ; \n1;2\n\n\n", ';');
    assertEquals(2, records.size());
    assertEquals(5, records.get(1).lineNumber());
  }

  @Test
  void anUnterminatedQuoteIsAnIssueNotAnException() {
    List<CsvRecord> records = CsvParser.parseAll("a;b\n1;\"open\n2;3\n", ';');
    assertEquals(2, records.size());
    CsvRecord broken = records.get(1);
    assertEquals(2, broken.lineNumber());
    assertEquals(List.of(new CsvRecord.Issue("csv.unterminatedQuote", 1)), broken.issues());
    assertEquals("open\n2;3\n", broken.fields().get(1));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsLiteral() {
    assertEquals(List.of("ООО \"Ромашка\"", "x"), CsvParser.parseAll("ООО \"Ромашка\";x", ';').get(0).fields());
  }

  @Test
  void textAfterAClosingQuoteIsKept() {
    assertEquals(List.of("ab c", "d"), CsvParser.parseAll("\"ab\" c;d", ';').get(0).fields());
  }

  @Test
  void aTooLongFieldIsCutAtTheLimitAndReported() {
    CsvParser parser = new CsvParser("ok;" + "x".repeat(50) + ";\"" + "y".repeat(11) + "\"\n", ';', 10);
    CsvRecord r = parser.next();
    assertEquals(List.of("ok", "x".repeat(10), "y".repeat(10)), r.fields());
    assertEquals(
        List.of(new CsvRecord.Issue("csv.fieldTooLong", 1), new CsvRecord.Issue("csv.fieldTooLong", 2)), r.issues());
    assertNull(parser.next());
  }

  @Test
  void aHugeFieldNeverHoldsMoreThanTheLimit() {
    String text = "\"" + "z".repeat(3_000_000) + "\"\n";
    CsvRecord r = new CsvParser(text, ';', 1000).next();
    assertEquals(1000, r.fields().get(0).length());
    assertTrue(r.hasIssue("csv.fieldTooLong"));
  }

  @Test
  void fieldsBeyondTheMaximumAreDroppedAndReported() {
    CsvRecord r = CsvParser.parseAll("x;".repeat(CsvParser.MAX_FIELDS + 500), ';').get(0);
    assertEquals(CsvParser.MAX_FIELDS, r.fields().size());
    assertTrue(r.hasIssue("csv.tooManyFields"));
  }

  @Test
  void tabDelimited() {
    assertEquals(List.of("a b", "c;d", "e,f"), CsvParser.parseAll("a b\tc;d\te,f\n", '\t').get(0).fields());
  }

  @Test
  void nextReturnsNullAtTheEnd() {
    CsvParser parser = new CsvParser("", ';');
    assertNull(parser.next());
    assertNull(parser.next());
  }

  @Test
  void aQuoteCannotBeTheDelimiter() {
    assertThrows(IllegalArgumentException.class, () -> new CsvParser("x", '"'));
  }
}
