package dev.backoffice.domain.model.document;

import java.math.BigDecimal;

/**
 * One line to price: what is sold, how many and at what unit price (with or without VAT, as the {@link VatRule}
 * says).
 *
 * @param name the line's text, e.g. "Участие в конференции"
 * @param quantity positive, at most three decimals (participants are whole numbers)
 * @param price unit price, not negative, at most two decimals
 */
public record VatItem(String name, BigDecimal quantity, BigDecimal price) {

  public VatItem {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A line needs a name");
    }
    if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 3) {
      throw new IllegalArgumentException("Quantity of \"" + name + "\" must be positive with at most 3 decimals, not " + plain(quantity));
    }
    if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("Price of \"" + name + "\" must be zero or more with at most 2 decimals, not " + plain(price));
    }
  }

  /** A line of {@code participants} people at a unit price. */
  public VatItem(String name, int participants, BigDecimal price) {
    this(name, BigDecimal.valueOf(participants), price);
  }

  private static String plain(BigDecimal value) {
    return value == null ? "nothing" : value.toPlainString();
  }
}
