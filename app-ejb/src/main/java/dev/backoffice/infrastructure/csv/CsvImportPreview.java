package dev.backoffice.infrastructure.csv;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What an import file contains, before anything is imported: the detected format, file-level errors and warnings,
 * and every row with its own errors, so that an operator sees all problems at once. Import is all-or-nothing: only
 * when {@link #importable()}.
 *
 * @param charset the detected character set, or null when the bytes could not be decoded
 * @param delimiter the detected delimiter ({@code ;}, {@code ,} or TAB), or {@code '\0'} when not detected
 * @param fileErrors problems with the file as a whole (encoding, limits, missing columns); when present, {@code rows}
 *     is empty
 * @param warnings notes that do not block the import (unknown or duplicate columns)
 * @param rows the data rows in file order, blank rows skipped
 */
public record CsvImportPreview(
    Charset charset, char delimiter, List<CsvProblem> fileErrors, List<CsvProblem> warnings, List<CsvRow> rows) {

  public CsvImportPreview {
    fileErrors = List.copyOf(fileErrors);
    warnings = List.copyOf(warnings);
    rows = List.copyOf(rows);
  }

  /** True when there are rows, no file error and no row error. */
  public boolean importable() {
    return fileErrors.isEmpty() && !rows.isEmpty() && rows.stream().noneMatch(CsvRow::hasErrors);
  }

  /** The rows that have errors. */
  public List<CsvRow> rowsWithErrors() {
    return rows.stream().filter(CsvRow::hasErrors).toList();
  }
}
