package dev.backoffice.domain.model.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Prices a document's lines and totals under one {@link VatRule} (russian-rules.md §3). All money is in kopecks
 * (scale 2), rounded HALF_UP.
 *
 * <p>A line's amount is quantity × price rounded to kopecks. With VAT <b>added</b> that amount is the amount without
 * VAT and the VAT is amount × rate / 100; with VAT <b>included</b> it is the amount with VAT (the price is kept
 * exactly) and the VAT is amount × rate / (100 + rate), e.g. 61 000.00 incl. 22 % → 11 000.00. At 0 % the VAT is
 * 0.00; without VAT ("Без НДС") it is null on every line and in the totals.
 *
 * <p>Rounding, as the tenant chooses:
 *
 * <ul>
 *   <li>{@link VatRounding#PER_LINE}: each line's VAT is rounded; the document's VAT is their sum.
 *   <li>{@link VatRounding#ON_TOTAL}: the document's VAT is computed once, on the sum of the line amounts, and
 *       rounded. Each line first gets its own rounded VAT; the difference between the document's VAT and their sum
 *       (a few kopecks at most) is then put on the line with the largest amount (the first of equal ones), as
 *       accounting programs such as 1С do with a rounding difference. A line's VAT never goes below 0.00 (nor, with VAT
 *       included, above its amount): what the largest line cannot take goes to the next largest, and so on.
 * </ul>
 *
 * <p>Either way, on every line amountWithoutVat + vat = amount, and each total is the sum of its column.
 */
public final class VatCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private VatCalculator() {}

  /**
   * Prices the items in order, numbering the lines from 1.
   *
   * @throws IllegalArgumentException when there are no items or the rule or rounding is missing
   */
  public static VatCalculation calculate(List<VatItem> items, VatRule rule, VatRounding rounding) {
    if (items == null || items.isEmpty() || items.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("A document needs at least one line");
    }
    if (rule == null || rounding == null) {
      throw new IllegalArgumentException("A VAT rule and a rounding policy are required");
    }
    List<BigDecimal> amounts = items.stream().map(i -> i.quantity().multiply(i.price()).setScale(2, RoundingMode.HALF_UP)).toList();
    List<VatLine> lines = new ArrayList<>();
    if (rule.withoutVat()) {
      for (int i = 0; i < items.size(); i++) {
        lines.add(line(i, items.get(i), amounts.get(i), null, amounts.get(i)));
      }
      return new VatCalculation(rule, rounding, lines, new VatTotals(sum(amounts), null, sum(amounts)));
    }
    List<BigDecimal> vats = new ArrayList<>(amounts.stream().map(a -> vat(a, rule)).toList());
    if (rounding == VatRounding.ON_TOTAL) {
      putDifferenceOnLargestLines(vats, amounts, vat(sum(amounts), rule), rule);
    }
    for (int i = 0; i < items.size(); i++) {
      BigDecimal amount = amounts.get(i);
      BigDecimal vat = vats.get(i);
      lines.add(rule.included() ? line(i, items.get(i), amount.subtract(vat), vat, amount) : line(i, items.get(i), amount, vat, amount.add(vat)));
    }
    return new VatCalculation(
        rule,
        rounding,
        lines,
        new VatTotals(sum(lines.stream().map(VatLine::amountWithoutVat).toList()), sum(vats), sum(lines.stream().map(VatLine::amount).toList())));
  }

  /** The VAT on an amount in kopecks: added on top of it or included in it, rounded HALF_UP to kopecks. */
  static BigDecimal vat(BigDecimal amount, VatRule rule) {
    BigDecimal divisor = rule.included() ? HUNDRED.add(rule.rate()) : HUNDRED;
    return amount.multiply(rule.rate()).divide(divisor, 2, RoundingMode.HALF_UP);
  }

  private static void putDifferenceOnLargestLines(List<BigDecimal> vats, List<BigDecimal> amounts, BigDecimal totalVat, VatRule rule) {
    BigDecimal difference = totalVat.subtract(sum(vats));
    List<Integer> largestFirst =
        IntStream.range(0, amounts.size()).boxed().sorted(Comparator.comparing(amounts::get).reversed().thenComparing(i -> i)).toList();
    for (int i : largestFirst) {
      if (difference.signum() == 0) {
        return;
      }
      BigDecimal vat = vats.get(i);
      BigDecimal room =
          difference.signum() < 0
              ? vat.negate().max(difference)
              : rule.included() ? amounts.get(i).subtract(vat).min(difference) : difference;
      vats.set(i, vat.add(room));
      difference = difference.subtract(room);
    }
    if (difference.signum() != 0) {
      throw new IllegalStateException("VAT rounding difference " + difference + " left after all lines");
    }
  }

  private static VatLine line(int index, VatItem item, BigDecimal amountWithoutVat, BigDecimal vat, BigDecimal amount) {
    return new VatLine(index + 1, item.name(), item.quantity(), item.price(), amountWithoutVat, vat, amount);
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
