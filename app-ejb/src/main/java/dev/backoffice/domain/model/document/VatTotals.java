package dev.backoffice.domain.model.document;

import java.math.BigDecimal;

/** A document's totals, each the sum of its lines' column; {@code vat} is null without VAT. */
public record VatTotals(BigDecimal amountWithoutVat, BigDecimal vat, BigDecimal amount) {}
