package dev.backoffice.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.domain.model.event.VatMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class VatCalculatorTest {

  private static final String REASON = "УСН, ст. 346.11 НК РФ";

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static VatItem item(String price) {
    return new VatItem("Участие", 1, d(price));
  }

  private static VatCalculation one(String price, VatRule rule) {
    return VatCalculator.calculate(List.of(item(price)), rule, VatRounding.PER_LINE);
  }

  private static void assertLine(VatLine line, String without, String vat, String amount) {
    assertEquals(d(without), line.amountWithoutVat(), "amount without VAT of line " + line.no());
    assertEquals(vat == null ? null : d(vat), line.vat(), "VAT of line " + line.no());
    assertEquals(d(amount), line.amount(), "amount of line " + line.no());
  }

  private static void assertTotals(VatCalculation c, String without, String vat, String amount) {
    assertEquals(new VatTotals(d(without), vat == null ? null : d(vat), d(amount)), c.totals());
  }

  @Test
  void includedVatIsExtractedWithTheCalculatedRate() {
    VatCalculation c = one("61000", VatRule.included(22));
    assertLine(c.lines().get(0), "50000.00", "11000.00", "61000.00");
    assertTotals(c, "50000.00", "11000.00", "61000.00");
    assertTotals(one("1100", VatRule.included(10)), "1000.00", "100.00", "1100.00");
    assertTotals(one("1050", VatRule.included(5)), "1000.00", "50.00", "1050.00");
    assertTotals(one("1070.00", VatRule.included(7)), "1000.00", "70.00", "1070.00");
    assertTotals(one("100", VatRule.included(22)), "81.97", "18.03", "100.00");
  }

  @Test
  void addedVatGoesOnTopOfThePrice() {
    assertTotals(one("50000", VatRule.added(22)), "50000.00", "11000.00", "61000.00");
    assertTotals(one("1000", VatRule.added(10)), "1000.00", "100.00", "1100.00");
    assertTotals(one("10.01", VatRule.added(22)), "10.01", "2.20", "12.21");
    assertTotals(one("0.05", VatRule.added(10)), "0.05", "0.01", "0.06"); // 0.005 rounds half up
  }

  @Test
  void zeroRateGivesZeroVatAndNoVatGivesNone() {
    VatCalculation zero = VatCalculator.calculate(List.of(item("100"), item("0.01")), VatRule.added(0), VatRounding.ON_TOTAL);
    zero.lines().forEach(l -> assertEquals(d("0.00"), l.vat()));
    assertTotals(zero, "100.01", "0.00", "100.01");
    VatCalculation none = VatCalculator.calculate(List.of(item("15000"), new VatItem("Ужин", 2, d("2500.50"))), VatRule.withoutVat(REASON), VatRounding.PER_LINE);
    assertLine(none.lines().get(1), "5001.00", null, "5001.00");
    assertTotals(none, "20001.00", null, "20001.00");
    assertEquals(REASON, none.rule().exemptionReason());
  }

  @Test
  void quantitiesMayBeFractional() {
    VatCalculation c = VatCalculator.calculate(List.of(new VatItem("Аренда, ч", d("1.5"), d("333.33"))), VatRule.added(22), VatRounding.PER_LINE);
    assertLine(c.lines().get(0), "500.00", "110.00", "610.00"); // 499.995 → 500.00
    assertEquals(d("1.5"), c.lines().get(0).quantity());
  }

  @Test
  void onTheTotalTheDifferenceGoesToTheLargestLine() {
    List<VatItem> items = List.of(item("10.01"), item("20.01"), item("5.01"));
    VatCalculation perLine = VatCalculator.calculate(items, VatRule.added(22), VatRounding.PER_LINE);
    assertEquals(List.of(d("2.20"), d("4.40"), d("1.10")), perLine.lines().stream().map(VatLine::vat).toList());
    assertTotals(perLine, "35.03", "7.70", "42.73");

    VatCalculation onTotal = VatCalculator.calculate(items, VatRule.added(22), VatRounding.ON_TOTAL);
    assertEquals(List.of(d("2.20"), d("4.41"), d("1.10")), onTotal.lines().stream().map(VatLine::vat).toList(), "35.03 × 22 % = 7.7066 → 7.71");
    assertLine(onTotal.lines().get(1), "20.01", "4.41", "24.42");
    assertTotals(onTotal, "35.03", "7.71", "42.74");
  }

  @Test
  void onTheTotalWithVatIncludedThePricesStay() {
    List<VatItem> items = List.of(item("100"), item("100"), item("100"));
    VatCalculation c = VatCalculator.calculate(items, VatRule.included(22), VatRounding.ON_TOTAL);
    assertLine(c.lines().get(0), "81.96", "18.04", "100.00"); // equal lines: the first takes the difference
    assertLine(c.lines().get(1), "81.97", "18.03", "100.00");
    assertTotals(c, "245.90", "54.10", "300.00"); // 300 × 22 / 122 = 54.098…
    assertTotals(VatCalculator.calculate(items, VatRule.included(22), VatRounding.PER_LINE), "245.91", "54.09", "300.00");
  }

  @Test
  void aNegativeDifferenceNeverMakesALineVatNegative() {
    // ten lines of 0.10 at 5 %: each 0.005 → 0.01 (0.10 in all), but 1.00 × 5 % = 0.05
    List<VatItem> items = Collections.nCopies(10, item("0.10"));
    VatCalculation c = VatCalculator.calculate(items, VatRule.added(5), VatRounding.ON_TOTAL);
    assertEquals(d("0.05"), c.totals().vat());
    c.lines().forEach(l -> assertTrue(l.vat().signum() >= 0, l.toString()));
    assertEquals(List.of("0.00", "0.00", "0.00", "0.00", "0.00", "0.01", "0.01", "0.01", "0.01", "0.01"), c.lines().stream().map(l -> l.vat().toPlainString()).toList());
  }

  @Test
  void rulesFollowTheTariffsVatMode() {
    assertEquals(VatRule.added(22), VatRule.of(VatMode.VAT_22_ADDED, null));
    assertEquals(VatRule.included(22), VatRule.of(VatMode.VAT_22_INCLUDED, null));
    assertEquals(VatRule.added(10), VatRule.of(VatMode.VAT_10_ADDED, null));
    assertEquals(VatRule.included(10), VatRule.of(VatMode.VAT_10_INCLUDED, null));
    assertEquals(VatRule.added(0), VatRule.of(VatMode.VAT_0, "ignored"));
    assertEquals(VatRule.withoutVat(REASON), VatRule.of(VatMode.WITHOUT_VAT, " " + REASON + " "));
    assertThrows(IllegalArgumentException.class, () -> VatRule.of(VatMode.WITHOUT_VAT, " "));
    assertThrows(IllegalArgumentException.class, () -> VatRule.of(null, REASON));
    for (VatMode mode : VatMode.values()) {
      VatRule rule = VatRule.of(mode, REASON);
      assertEquals(mode.rate() == null ? null : mode.rate().intValue(), rule.rate() == null ? null : rule.rate().intValue(), mode.name());
      assertEquals(mode.included(), rule.included(), mode.name());
    }
  }

  @Test
  void badInputIsRefusedWithAClearMessage() {
    assertRefused("positive", () -> new VatItem("Участие", 0, d("1")));
    assertRefused("positive", () -> new VatItem("Участие", d("-1"), d("1")));
    assertRefused("3 decimals", () -> new VatItem("Участие", d("1.0001"), d("1")));
    assertRefused("2 decimals", () -> new VatItem("Участие", 1, d("1.001")));
    assertRefused("zero or more", () -> new VatItem("Участие", 1, d("-0.01")));
    assertRefused("not nothing", () -> new VatItem("Участие", 1, null));
    assertRefused("name", () -> new VatItem(" ", 1, d("1")));
    assertRefused("[0, 5, 7, 10, 22]", () -> VatRule.added(20));
    assertRefused("[0, 5, 7, 10, 22]", () -> new VatRule(d("22.5"), false, null));
    assertRefused("[0, 5, 7, 10, 22]", () -> new VatRule(d("4294967318"), false, null)); // its intValue() is 22
    assertEquals(VatRule.added(22), new VatRule(d("22.00"), false, null));
    assertRefused("reason", () -> VatRule.withoutVat(null));
    assertRefused("only for documents without VAT", () -> new VatRule(d("22"), false, REASON));
    assertRefused("at least one line", () -> VatCalculator.calculate(List.of(), VatRule.added(22), VatRounding.PER_LINE));
    assertRefused("rounding", () -> VatCalculator.calculate(List.of(item("1")), VatRule.added(22), null));
    new VatItem("Участие", d("1.000"), d("1.000")); // trailing zeros are the same exact amount
  }

  private static void assertRefused(String inMessage, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(inMessage), e.getMessage() + " should mention " + inMessage);
  }

  /**
   * Random documents (fixed seed): the guarantees hold for every rate, mode and rounding, against an oracle that
   * works in whole kopecks with integer arithmetic.
   */
  @Test
  void guaranteesHoldForRandomDocuments() {
    Random random = new Random(61000L);
    int[] rates = {0, 5, 7, 10, 22};
    for (int run = 0; run < 20_000; run++) {
      int rate = rates[random.nextInt(rates.length)];
      boolean withoutVat = random.nextInt(10) == 0;
      VatRule rule = withoutVat ? VatRule.withoutVat(REASON) : random.nextBoolean() ? VatRule.included(rate) : VatRule.added(rate);
      VatRounding rounding = random.nextBoolean() ? VatRounding.PER_LINE : VatRounding.ON_TOTAL;
      List<VatItem> items = new ArrayList<>();
      int count = 1 + random.nextInt(8);
      for (int i = 0; i < count; i++) {
        long priceKopecks = random.nextInt(4) == 0 ? random.nextInt(200) : random.nextLong(100_000_000L);
        BigDecimal quantity = random.nextBoolean() ? BigDecimal.valueOf(1 + random.nextInt(50)) : BigDecimal.valueOf(1 + random.nextInt(100_000), 3);
        items.add(new VatItem("Строка " + i, quantity, BigDecimal.valueOf(priceKopecks, 2)));
      }
      VatCalculation c = VatCalculator.calculate(items, rule, rounding);
      Supplier<String> where = () -> rule + " " + rounding + " " + items;

      long sumAmount = 0;
      long sumOracleVat = 0;
      long sumWithout = 0;
      long sumVat = 0;
      long sumWith = 0;
      List<Long> deviations = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        VatLine line = c.lines().get(i);
        long amount = lineKopecks(items.get(i));
        sumAmount += amount;
        assertEquals(i + 1, line.no(), where);
        assertEquals(line.amountWithoutVat().add(line.vat() == null ? BigDecimal.ZERO : line.vat()), line.amount(), () -> "without + VAT = with: " + where.get());
        assertEquals(2, line.amount().scale(), where);
        assertEquals(amount, kopecks(rule.included() || withoutVat ? line.amount() : line.amountWithoutVat()), () -> "the price is kept: " + where.get());
        sumWithout += kopecks(line.amountWithoutVat());
        sumWith += kopecks(line.amount());
        if (withoutVat) {
          assertNull(line.vat(), where);
          continue;
        }
        long oracle = vatKopecks(amount, rate, rule.included());
        sumOracleVat += oracle;
        sumVat += kopecks(line.vat());
        assertTrue(line.vat().signum() >= 0 && line.amountWithoutVat().signum() >= 0, where);
        if (rate == 0) {
          assertEquals(BigDecimal.ZERO.setScale(2), line.vat(), where);
        }
        deviations.add(kopecks(line.vat()) - oracle);
      }
      assertEquals(c.totals().amountWithoutVat(), BigDecimal.valueOf(sumWithout, 2), () -> "totals are sums: " + where.get());
      assertEquals(c.totals().amount(), BigDecimal.valueOf(sumWith, 2), () -> "totals are sums: " + where.get());
      if (withoutVat) {
        assertNull(c.totals().vat(), where);
        continue;
      }
      assertEquals(c.totals().vat(), BigDecimal.valueOf(sumVat, 2), () -> "totals are sums: " + where.get());
      if (rounding == VatRounding.PER_LINE) {
        assertTrue(deviations.stream().allMatch(x -> x == 0), () -> "each line's VAT is its own, rounded: " + where.get());
        assertEquals(sumOracleVat, sumVat, where);
      } else {
        long expectedTotal = vatKopecks(sumAmount, rate, rule.included());
        assertEquals(expectedTotal, sumVat, () -> "VAT on the total: " + where.get());
        int largest = 0;
        for (int i = 1; i < count; i++) {
          if (lineKopecks(items.get(i)) > lineKopecks(items.get(largest))) {
            largest = i;
          }
        }
        long difference = expectedTotal - sumOracleVat;
        long largestAmount = lineKopecks(items.get(largest));
        long largestVat = vatKopecks(largestAmount, rate, rule.included());
        boolean largestCanTakeIt = difference >= 0 ? !rule.included() || largestAmount - largestVat >= difference : largestVat >= -difference;
        if (largestCanTakeIt) {
          for (int i = 0; i < count; i++) {
            assertEquals(i == largest ? difference : 0L, deviations.get(i), () -> "only the largest line takes the difference: " + where.get());
          }
        } else {
          assertTrue(deviations.stream().allMatch(x -> Long.signum(x) * Long.signum(difference) >= 0), () -> "every line moves the same way: " + where.get());
        }
      }
    }
  }

  /** quantity × price in kopecks, HALF_UP, in integer arithmetic (quantity in thousandths, price in kopecks). */
  private static long lineKopecks(VatItem item) {
    long quantityThousandths = item.quantity().movePointRight(3).longValueExact();
    long priceKopecks = item.price().movePointRight(2).longValueExact();
    return (quantityThousandths * priceKopecks + 500) / 1000;
  }

  /** VAT in kopecks, HALF_UP: a × r / 100 added, a × r / (100 + r) included. */
  private static long vatKopecks(long amount, int rate, boolean included) {
    long divisor = included ? 100 + rate : 100;
    return (2 * amount * rate + divisor) / (2 * divisor);
  }

  private static long kopecks(BigDecimal value) {
    return value.movePointRight(2).longValueExact();
  }
}
