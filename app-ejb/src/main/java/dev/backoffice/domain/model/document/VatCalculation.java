package dev.backoffice.domain.model.document;

import java.util.List;

/** The priced lines of a document and their totals, with the rule and rounding they were computed by. */
public record VatCalculation(VatRule rule, VatRounding rounding, List<VatLine> lines, VatTotals totals) {

  public VatCalculation {
    lines = List.copyOf(lines);
  }
}
