package dev.backoffice.infrastructure.csv;

import dev.backoffice.domain.requisites.Violation;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong in one row.
 *
 * @param column the column header as written in the file, or null when the error concerns the whole row or a value
 *     that has no column (an entity type inferred from the ИНН)
 * @param field our field name ({@code inn}, {@code contact.email}, {@code participants[1].email}), or null for the
 *     whole row
 * @param code a stable code: a requisites violation code, an {@code InvalidInputException} code ({@code required},
 *     {@code tooLong}, {@code email}, ...) or a {@code csv.*} code
 * @param args the message arguments of the code
 * @param violation the requisites gate's violation when the error came from the gate (its message is used), else
 *     null
 */
public record CsvCellError(String column, String field, String code, List<Object> args, Violation violation) {

  public CsvCellError {
    Objects.requireNonNull(code, "code");
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static CsvCellError of(String column, String field, String code, Object... args) {
    return new CsvCellError(column, field, code, List.of(args), null);
  }
}
