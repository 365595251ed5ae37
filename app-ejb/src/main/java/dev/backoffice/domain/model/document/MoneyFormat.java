package dev.backoffice.domain.model.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts in figures as documents print them, always with two decimals: Russian "1 234 567,89", English
 * "1,234,567.89"; and the VAT phrase of a payment purpose.
 *
 * <p>The Russian thousands separator is the no-break space U+00A0, not a plain space (a line break must never split an
 * amount) and not the narrow no-break space U+202F that CLDR uses for some locales (many embedded fonts lack that
 * glyph; U+00A0 is in every font and in Windows-1251). Negative amounts (corrections) print with a leading "-".
 */
public final class MoneyFormat {

  /** The no-break space between thousands and between a number and its "%". */
  public static final char NBSP = '\u00A0';

  private MoneyFormat() {}

  /** "1 234 567,89" with U+00A0 between the thousands. */
  public static String russian(BigDecimal amount) {
    return format(amount, NBSP, ',');
  }

  /** "1,234,567.89". */
  public static String english(BigDecimal amount) {
    return format(amount, ',', '.');
  }

  /**
   * The VAT sentence for a payment purpose and an invoice's total line, in Russian or English. The payment includes
   * the VAT whether the price had it added or included, so it always reads "including": "в т.ч. НДС 22 % — 11 000,00
   * руб." / "incl. VAT 22 % — 11,000.00 RUB"; without VAT "НДС не облагается" / "VAT not applicable" (the legal
   * reason is printed elsewhere on the document).
   *
   * @param vat the document's VAT in roubles; required with a rate, ignored without VAT
   * @throws IllegalArgumentException without a rule, a language other than Russian or English, or a VAT amount that
   *     is missing, negative or inexact
   */
  public static String vatPhrase(VatRule rule, BigDecimal vat, Locale locale) {
    if (rule == null || locale == null) {
      throw new IllegalArgumentException("A VAT rule and a language are required");
    }
    boolean russian = switch (locale.getLanguage()) {
      case "ru" -> true;
      case "en" -> false;
      default -> throw new IllegalArgumentException("The VAT phrase is available in Russian and English, not in " + locale);
    };
    if (rule.withoutVat()) {
      return russian ? "НДС не облагается" : "VAT not applicable";
    }
    if (vat == null || vat.signum() < 0) {
      throw new IllegalArgumentException("A VAT of " + rule.rate() + " % needs its amount, zero or more: " + vat);
    }
    String rate = rule.rate().toPlainString() + NBSP + "%";
    return russian ? "в т.ч. НДС " + rate + " — " + russian(vat) + " руб." : "incl. VAT " + rate + " — " + english(vat) + " RUB";
  }

  private static String format(BigDecimal amount, char grouping, char decimal) {
    if (amount == null) {
      throw new IllegalArgumentException("An amount is required");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("An amount has at most two decimals: " + amount.toPlainString());
    }
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(grouping);
    symbols.setDecimalSeparator(decimal);
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols); // not thread-safe: one per call
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(amount);
  }
}
