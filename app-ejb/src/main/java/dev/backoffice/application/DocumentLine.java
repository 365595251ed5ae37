package dev.backoffice.application;

import java.math.BigDecimal;

/** A line of an issued document as it stands now (after any корректировка): what a new корректировка starts from. */
public record DocumentLine(
    int no, String name, String unitName, BigDecimal quantity, BigDecimal price, BigDecimal amountWithoutVat,
    BigDecimal vatAmount, BigDecimal amount) {}
