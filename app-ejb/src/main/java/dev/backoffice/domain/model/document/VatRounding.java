package dev.backoffice.domain.model.document;

/** How a tenant rounds VAT on a document; see {@link VatCalculator} for what each choice computes. */
public enum VatRounding {
  /** Each line's VAT is rounded to kopecks; the document's VAT is the sum of the lines' VAT. */
  PER_LINE,
  /** The document's VAT is computed once on the document's total; the lines share it so that they still add up. */
  ON_TOTAL
}
