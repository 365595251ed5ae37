package dev.backoffice.domain.requisites;

import java.util.List;

/** One pure validation rule over requisites. Implementations are stateless and thread-safe. */
public interface RequisitesRule {

  /**
   * Checks {@code input} (raw or normalised; rules normalise again, which is idempotent) and
   * reports only about fields that were given. Never reports {@code *.required}: that is {@link
   * RequisitesGate#checkComplete(RequisitesInput)}'s job.
   */
  List<Violation> check(RequisitesInput input);
}
