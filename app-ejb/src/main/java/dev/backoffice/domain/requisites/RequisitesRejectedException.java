package dev.backoffice.domain.requisites;

import dev.backoffice.domain.model.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;

/** The requisites gate refused the input; carries every violation so each can be shown next to its field. */
public class RequisitesRejectedException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final transient RequisitesVerdict verdict;

  public RequisitesRejectedException(RequisitesVerdict verdict) {
    super(
        "requisites.rejected",
        verdict.violations().stream().filter(Violation::isError).findFirst().map(v -> v.field().jsonName()).orElse(null));
    this.verdict = verdict;
  }

  public RequisitesVerdict verdict() {
    return verdict;
  }

  /** The errors (not warnings), in field order. */
  public List<Violation> errors() {
    return verdict.violations().stream().filter(Violation::isError).toList();
  }

  public String describe(Locale locale) {
    return String.join("; ", errors().stream().map(v -> v.message(locale)).toList());
  }
}
