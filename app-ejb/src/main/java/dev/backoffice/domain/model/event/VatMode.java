package dev.backoffice.domain.model.event;

import java.math.BigDecimal;

/**
 * How VAT applies to a tariff's price (russian-rules.md §3): 22 % (general rate from 2026) or 10 %, added on top of
 * the price or included in it; 0 %; or no VAT at all ("Без НДС"), which needs the legal reason printed on documents.
 */
public enum VatMode {
  VAT_22_ADDED(new BigDecimal("22"), false),
  VAT_22_INCLUDED(new BigDecimal("22"), true),
  VAT_10_ADDED(new BigDecimal("10"), false),
  VAT_10_INCLUDED(new BigDecimal("10"), true),
  VAT_0(BigDecimal.ZERO, false),
  WITHOUT_VAT(null, false);

  private final BigDecimal rate;
  private final boolean included;

  VatMode(BigDecimal rate, boolean included) {
    this.rate = rate;
    this.included = included;
  }

  /** The rate in percent, or null for "без НДС". */
  public BigDecimal rate() {
    return rate;
  }

  public boolean included() {
    return included;
  }

  public boolean needsExemptionReason() {
    return this == WITHOUT_VAT;
  }
}
