package dev.backoffice.application;

import java.util.List;
import java.util.Locale;

/**
 * Port: reads registration requests from a file an operator uploads (CSV today). Implemented in infrastructure;
 * messages come back in the given language.
 */
public interface RegistrationFileReader {

  FileContent read(byte[] file, Locale locale);

  /** What the file holds: format, file-level errors and warnings, and every row with its problems. */
  record FileContent(String format, List<String> fileErrors, List<String> warnings, List<FileRow> rows) {}

  /** One data row; {@code submission} has no event and tariff yet (the importer resolves {@code tariffName}). */
  record FileRow(int line, String tariffName, RegistrationSubmission submission, List<FileProblem> problems) {}

  /** A problem with one value of a row: the column as written in the file, our field name, the message. */
  record FileProblem(String column, String field, String message) {}
}
