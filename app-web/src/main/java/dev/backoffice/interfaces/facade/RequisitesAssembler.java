package dev.backoffice.interfaces.facade;

import dev.backoffice.domain.requisites.RequisiteField;
import dev.backoffice.domain.requisites.RequisitesVerdict;
import dev.backoffice.domain.requisites.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The requisites gate's verdict as the API and the screens show it: per field valid / code / message. */
public final class RequisitesAssembler {

  /** The verdict on one field. */
  public record FieldVerdict(boolean valid, String code, String message) {}

  private RequisitesAssembler() {}

  public static Map<String, FieldVerdict> fields(RequisitesVerdict verdict, Locale locale) {
    Map<String, FieldVerdict> fields = new LinkedHashMap<>();
    for (RequisiteField field : RequisiteField.values()) {
      if (!verdict.fieldsChecked().contains(field)) {
        continue;
      }
      List<Violation> violations = verdict.violations(field);
      Violation error = violations.stream().filter(Violation::isError).findFirst().orElse(null);
      if (error != null) {
        fields.put(field.jsonName(), new FieldVerdict(false, error.code(), error.message(locale)));
      } else if (!violations.isEmpty()) {
        Violation warning = violations.get(0);
        fields.put(field.jsonName(), new FieldVerdict(true, warning.code(), warning.message(locale)));
      } else {
        fields.put(
            field.jsonName(),
            new FieldVerdict(
                true,
                field.jsonName() + ".ok",
                ErrorMessages.text(locale, "requisites.ok", ErrorMessages.fieldLabel(locale, field.jsonName()))));
      }
    }
    return fields;
  }
}
