package dev.backoffice.infrastructure.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader over decoded text, one record at a time: fields separated by the delimiter, optionally in
 * double quotes, a quote inside quotes doubled; records end with CRLF, LF or CR; quoted fields may hold delimiters
 * and line breaks (kept as written). Lenient where Excel is: a quote inside an unquoted field is literal, text after
 * a closing quote is appended.
 *
 * <p>Records whose fields are all blank (an empty line, {@code ;;;} rows Excel leaves behind) are skipped. Nothing
 * here throws on bad input: an unclosed quote, a field over the length limit and too many fields are reported as
 * {@link CsvRecord#issues()}, and a value is never held beyond the limit, so memory stays bounded by the text.
 * Not thread-safe: one instance reads one text.
 */
public final class CsvParser {

  public static final String UNTERMINATED_QUOTE = "csv.unterminatedQuote";
  public static final String FIELD_TOO_LONG = "csv.fieldTooLong";
  public static final String TOO_MANY_FIELDS = "csv.tooManyFields";

  public static final int DEFAULT_MAX_FIELD_LENGTH = 1_000;
  /** Fields beyond this many in one record are dropped (an import file has a few dozen columns). */
  public static final int MAX_FIELDS = 1_000;

  private final String text;
  private final char delimiter;
  private final int maxFieldLength;
  private int pos;
  private int line = 1;

  public CsvParser(String text, char delimiter) {
    this(text, delimiter, DEFAULT_MAX_FIELD_LENGTH);
  }

  public CsvParser(String text, char delimiter, int maxFieldLength) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("Not a usable delimiter: " + (int) delimiter);
    }
    if (maxFieldLength < 1) {
      throw new IllegalArgumentException("maxFieldLength must be positive");
    }
    this.text = text;
    this.delimiter = delimiter;
    this.maxFieldLength = maxFieldLength;
  }

  /** Every non-blank record of {@code text} with the default field length limit. */
  public static List<CsvRecord> parseAll(String text, char delimiter) {
    CsvParser parser = new CsvParser(text, delimiter);
    List<CsvRecord> all = new ArrayList<>();
    for (CsvRecord r = parser.next(); r != null; r = parser.next()) {
      all.add(r);
    }
    return all;
  }

  /** The next non-blank record, or null at the end of the text. */
  public CsvRecord next() {
    while (pos < text.length()) {
      CsvRecord record = readRecord();
      if (!record.issues().isEmpty() || record.fields().stream().anyMatch(f -> !f.isBlank())) {
        return record;
      }
    }
    return null;
  }

  private CsvRecord readRecord() {
    int startLine = line;
    List<String> fields = new ArrayList<>();
    List<CsvRecord.Issue> issues = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean tooManyReported = false;
    while (true) {
      value.setLength(0);
      boolean tooLong = false;
      boolean unterminated = false;
      if (pos < text.length() && text.charAt(pos) == '"') {
        pos++;
        boolean closed = false;
        while (pos < text.length()) {
          char c = text.charAt(pos);
          if (c == '"') {
            if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
              tooLong |= append(value, '"');
              pos += 2;
              continue;
            }
            pos++;
            closed = true;
            break;
          }
          countLineBreak(c);
          tooLong |= append(value, c);
          pos++;
        }
        unterminated = !closed;
      }
      // unquoted field, or what follows a closing quote
      while (!unterminated && pos < text.length()) {
        char c = text.charAt(pos);
        if (c == delimiter || c == '\r' || c == '\n') {
          break;
        }
        tooLong |= append(value, c);
        pos++;
      }
      int index = fields.size();
      if (index < MAX_FIELDS) {
        fields.add(value.toString());
        if (tooLong) {
          issues.add(new CsvRecord.Issue(FIELD_TOO_LONG, index));
        }
      } else if (!tooManyReported) {
        issues.add(new CsvRecord.Issue(TOO_MANY_FIELDS, -1));
        tooManyReported = true;
      }
      if (unterminated) {
        issues.add(new CsvRecord.Issue(UNTERMINATED_QUOTE, Math.min(index, MAX_FIELDS - 1)));
        return new CsvRecord(startLine, fields, issues);
      }
      if (pos >= text.length()) {
        return new CsvRecord(startLine, fields, issues);
      }
      char c = text.charAt(pos);
      if (c == delimiter) {
        pos++;
        continue;
      }
      // end of record: CRLF, LF or CR
      pos++;
      if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
        pos++;
      }
      line++;
      return new CsvRecord(startLine, fields, issues);
    }
  }

  /** Counts a physical line break inside a quoted field (CRLF counts once, at its LF). */
  private void countLineBreak(char c) {
    if (c == '\n' || (c == '\r' && !(pos + 1 < text.length() && text.charAt(pos + 1) == '\n'))) {
      line++;
    }
  }

  /** Appends unless the value is full; returns true when a character was dropped. */
  private boolean append(StringBuilder value, char c) {
    if (value.length() >= maxFieldLength) {
      return true;
    }
    value.append(c);
    return false;
  }
}
