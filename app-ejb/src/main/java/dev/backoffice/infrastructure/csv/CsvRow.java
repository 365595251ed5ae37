package dev.backoffice.infrastructure.csv;

import dev.backoffice.application.RegistrationSubmission;
import java.util.List;

/**
 * One data row of an import file.
 *
 * @param lineNumber the 1-based physical line of the file where the row starts (the header is line 1)
 * @param tariffName the tariff's name as written in the file (trimmed), or null; the caller resolves it to an id
 * @param submission the request read from the row, with {@code eventId} and {@code tariffId} null (the caller fills
 *     them in); null only when the row could not be split into fields (an unclosed quote)
 * @param errors everything wrong with the row; empty when it can be imported
 */
public record CsvRow(int lineNumber, String tariffName, RegistrationSubmission submission, List<CsvCellError> errors) {

  public CsvRow {
    errors = List.copyOf(errors);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }
}
