package dev.backoffice.infrastructure.csv;

import java.util.List;

/**
 * One record as the {@link CsvParser} split it: raw field values (quotes removed, nothing trimmed) and what went
 * wrong while splitting.
 *
 * @param lineNumber the 1-based physical line where the record starts
 * @param fields the field values in file order
 * @param issues splitting problems: {@code csv.unterminatedQuote}, {@code csv.fieldTooLong} (the value was cut at
 *     the limit), {@code csv.tooManyFields} (fields beyond the limit were dropped)
 */
public record CsvRecord(int lineNumber, List<String> fields, List<Issue> issues) {

  public CsvRecord {
    fields = List.copyOf(fields);
    issues = List.copyOf(issues);
  }

  /** A splitting problem; {@code fieldIndex} is 0-based, -1 for the whole record. */
  public record Issue(String code, int fieldIndex) {}

  public boolean hasIssue(String code) {
    return issues.stream().anyMatch(i -> i.code().equals(code));
  }
}
