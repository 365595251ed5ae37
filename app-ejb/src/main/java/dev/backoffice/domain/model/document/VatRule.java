package dev.backoffice.domain.model.document;

import dev.backoffice.domain.model.event.VatMode;
import java.math.BigDecimal;
import java.util.Set;

/**
 * How VAT applies to a document's prices (russian-rules.md §3): a rate in percent, added on top of the price or
 * included in it, or no VAT at all ("Без НДС"), which needs the legal reason printed on the document.
 *
 * @param rate the rate in percent (22, 10, 0, or 5 and 7 for УСН payers), or null for no VAT
 * @param included whether the price already includes the VAT (always false without VAT or at 0 %)
 * @param exemptionReason why there is no VAT (e.g. "УСН, ст. 346.11 НК РФ"); required exactly when the rate is null
 */
public record VatRule(BigDecimal rate, boolean included, String exemptionReason) {

  private static final Set<Integer> RATES = Set.of(0, 5, 7, 10, 22);

  public VatRule {
    if (rate == null) {
      if (exemptionReason == null || exemptionReason.isBlank()) {
        throw new IllegalArgumentException("Without VAT the document must state the reason (e.g. the article of the Tax Code)");
      }
      if (included) {
        throw new IllegalArgumentException("A price without VAT cannot include VAT");
      }
      exemptionReason = exemptionReason.strip();
    } else {
      if (!knownRate(rate)) {
        throw new IllegalArgumentException("VAT rate must be one of " + RATES.stream().sorted().toList() + " %, not " + rate.toPlainString());
      }
      if (exemptionReason != null) {
        throw new IllegalArgumentException("An exemption reason is only for documents without VAT; the rate is " + rate.toPlainString() + " %");
      }
      rate = new BigDecimal(rate.intValue());
      included = included && rate.signum() != 0;
    }
  }

  /** VAT at {@code percent} added on top of the price. */
  public static VatRule added(int percent) {
    return new VatRule(BigDecimal.valueOf(percent), false, null);
  }

  /** VAT at {@code percent} included in the price (extracted as amount × rate / (100 + rate)). */
  public static VatRule included(int percent) {
    return new VatRule(BigDecimal.valueOf(percent), true, null);
  }

  /** No VAT ("Без НДС") for the given legal reason. */
  public static VatRule withoutVat(String reason) {
    return new VatRule(null, false, reason);
  }

  /**
   * The rule of a tariff's VAT mode.
   *
   * @param exemptionReason the tariff's reason; used only for {@link VatMode#WITHOUT_VAT}, where it is required
   */
  public static VatRule of(VatMode mode, String exemptionReason) {
    if (mode == null) {
      throw new IllegalArgumentException("A VAT mode is required");
    }
    return mode.needsExemptionReason() ? withoutVat(exemptionReason) : new VatRule(mode.rate(), mode.included(), null);
  }

  private static boolean knownRate(BigDecimal rate) {
    return RATES.stream().anyMatch(r -> BigDecimal.valueOf(r).compareTo(rate) == 0);
  }

  /** Whether the document carries no VAT at all ("Без НДС"), as opposed to VAT at 0 %. */
  public boolean withoutVat() {
    return rate == null;
  }
}
