package dev.backoffice.application;

import java.util.List;

/**
 * What importing a file would do: rows with their problems (all at once), file-level errors, and whether the file can
 * be imported as a whole. Nothing is stored until every row is clean.
 */
public record ImportPreview(String format, List<String> fileErrors, List<String> warnings, List<Row> rows) {

  public record Row(int line, String companyName, String inn, String tariffName, int participants, List<RegistrationFileReader.FileProblem> problems) {}

  public boolean importable() {
    return fileErrors.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(r -> r.problems().isEmpty());
  }

  public long rowsWithProblems() {
    return rows.stream().filter(r -> !r.problems().isEmpty()).count();
  }
}
