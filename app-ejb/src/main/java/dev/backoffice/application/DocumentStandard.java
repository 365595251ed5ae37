package dev.backoffice.application;

import dev.backoffice.domain.model.document.VatRounding;

/**
 * The tenant's document standard: the number format (e.g. {@code {YYYY}-{N:4}}), how VAT is rounded, and how many
 * calendar days an invoice gives the buyer to pay, and whether issued PDFs are PDF/A-1b. {@code version} is the settings row's (-1 when never stored).
 */
public record DocumentStandard(
    String numberFormat, VatRounding vatRounding, int paymentDays, boolean pdfA, long version) {}
