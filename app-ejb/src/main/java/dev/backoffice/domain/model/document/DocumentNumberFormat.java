package dev.backoffice.domain.model.document;

import dev.backoffice.domain.model.shared.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tenant's document number format (its accounting standard): literal text plus the tokens {@code {YYYY}} (year),
 * {@code {YY}} (two-digit year) and {@code {N}} or {@code {N:width}} (the sequence number, zero-padded to width 1–9).
 * {@code {N}} is required exactly once, so two numbers of one sequence never print the same. Example:
 * {@code {YYYY}-{N:4}} → {@code 2026-0012}.
 */
public final class DocumentNumberFormat {

  public static final String DEFAULT = "{YYYY}-{N:4}";

  private static final Pattern TOKEN = Pattern.compile("\\{(YYYY|YY|N(?::([1-9]))?)}");
  private static final Pattern LITERAL = Pattern.compile("[\\p{L}\\p{Nd} /_.№#-]*");

  private final String pattern;

  private DocumentNumberFormat(String pattern) {
    this.pattern = pattern;
  }

  /** Checks the format; refuses it with a reason the tenant admin can act on. */
  public static DocumentNumberFormat of(String pattern) {
    if (pattern == null || pattern.isBlank() || pattern.length() > 60) {
      throw new InvalidInputException("numberFormat.invalid", "documentNumberFormat", String.valueOf(pattern));
    }
    Matcher m = TOKEN.matcher(pattern);
    int numbers = 0;
    int last = 0;
    while (m.find()) {
      if (!LITERAL.matcher(pattern.substring(last, m.start())).matches()) {
        throw new InvalidInputException("numberFormat.invalid", "documentNumberFormat", pattern);
      }
      if (m.group(1).startsWith("N")) {
        numbers++;
      }
      last = m.end();
    }
    if (!LITERAL.matcher(pattern.substring(last)).matches()) {
      throw new InvalidInputException("numberFormat.invalid", "documentNumberFormat", pattern);
    }
    if (numbers != 1) {
      throw new InvalidInputException("numberFormat.needsNumber", "documentNumberFormat", pattern);
    }
    return new DocumentNumberFormat(pattern);
  }

  public String pattern() {
    return pattern;
  }

  /** The printed number for the given year and sequence number (1-based). */
  public String format(int year, int sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1");
    }
    Matcher m = TOKEN.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String token = m.group(1);
      String value;
      if (token.equals("YYYY")) {
        value = String.format("%04d", year);
      } else if (token.equals("YY")) {
        value = String.format("%02d", year % 100);
      } else {
        int width = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        value = String.format("%0" + width + "d", sequence);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
