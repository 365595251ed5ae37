package dev.backoffice.infrastructure.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes rows as CSV that Excel opens correctly and cannot be tricked into running: UTF-8 with a BOM, {@code ;} as
 * the delimiter by default (what Excel expects on a Russian Windows), CRLF line ends (RFC 4180), and a value in
 * double quotes when it contains the delimiter, a double quote or a line break.
 *
 * <p>Formula injection (OWASP "CSV Injection"): a value that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * TAB or CR — also after leading spaces, and also their full-width forms {@code ＝ ＋ － ＠} — gets a leading
 * apostrophe, so a spreadsheet takes it as text and never as a formula. There are deliberately no exceptions:
 * phone numbers ({@code +7 495 500-55-50}) and negative numbers ({@code -5}) are prefixed too. That is safe (the
 * value is still readable, and for phone numbers text is what is wanted anyway) and keeps the rule simple enough to
 * verify; the cost is that a negative number arrives in the spreadsheet as text. The apostrophe is part of the
 * written value: a program reading the file back sees {@code '+7 495 ...}.
 *
 * <p>Null values are written as empty. Stateless and thread-safe.
 */
public final class CsvWriter {

  public static final char DEFAULT_DELIMITER = ';';
  private static final String LINE_END = "\r\n";
  private static final String DANGEROUS_FIRST = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

  private final char delimiter;

  public CsvWriter() {
    this(DEFAULT_DELIMITER);
  }

  /** @param delimiter {@code ;}, {@code ,} or TAB */
  public CsvWriter(char delimiter) {
    if (delimiter != ';' && delimiter != ',' && delimiter != '\t') {
      throw new IllegalArgumentException("Delimiter must be ; , or TAB");
    }
    this.delimiter = delimiter;
  }

  /** The whole file: UTF-8 BOM, then {@link #text(List)} in UTF-8. */
  public byte[] write(List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }

  /** Writes the BOM and the rows to {@code out}, which is flushed but not closed. */
  public void write(List<List<String>> rows, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    for (List<String> row : rows) {
      writer.write(line(row));
    }
    writer.flush();
  }

  /** The rows as CSV text without a BOM, each line ending in CRLF. */
  public String text(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    rows.forEach(row -> out.append(line(row)));
    return out.toString();
  }

  private String line(List<String> row) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      out.append(field(row.get(i)));
    }
    return out.append(LINE_END).toString();
  }

  /** One value, neutralised and quoted as needed. */
  String field(String value) {
    String safe = neutralise(value == null ? "" : value);
    boolean quote =
        safe.indexOf(delimiter) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  /** The value with a leading apostrophe if a spreadsheet could take it for a formula, else unchanged. */
  public static String neutralise(String value) {
    return isDangerous(value) ? "'" + value : value;
  }

  /** Whether a spreadsheet could take the value for a formula (see the class comment). */
  public static boolean isDangerous(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    if (first == '\t' || first == '\r') {
      return true;
    }
    int i = 0;
    while (i < value.length() && (Character.isWhitespace(value.charAt(i)) || Character.isSpaceChar(value.charAt(i)))) {
      char c = value.charAt(i);
      if (c == '\t' || c == '\r') {
        return true;
      }
      i++;
    }
    return i < value.length() && DANGEROUS_FIRST.indexOf(value.charAt(i)) >= 0;
  }
}
