package dev.backoffice.domain.model.document;

import java.math.BigDecimal;

/**
 * A priced line: {@code amountWithoutVat + vat == amount} (kopecks, scale 2); {@code vat} is null without VAT.
 *
 * @param no the line's number on the document, from 1
 * @param amount the line's amount with VAT (the amount payable)
 */
public record VatLine(int no, String name, BigDecimal quantity, BigDecimal price, BigDecimal amountWithoutVat, BigDecimal vat, BigDecimal amount) {}
