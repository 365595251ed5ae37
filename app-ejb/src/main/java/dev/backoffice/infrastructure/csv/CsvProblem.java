package dev.backoffice.infrastructure.csv;

import java.util.List;
import java.util.Objects;

/**
 * A file-level error or warning of a CSV import: a stable {@code code} (a key of {@link CsvMessages#BUNDLE}) and
 * its message arguments. Turn it into words with {@link CsvMessages#describe(CsvProblem, java.util.Locale)}.
 */
public record CsvProblem(String code, List<Object> args) {

  public CsvProblem {
    Objects.requireNonNull(code, "code");
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static CsvProblem of(String code, Object... args) {
    return new CsvProblem(code, List.of(args));
  }
}
