package dev.backoffice.packs.testkit;

import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.DocumentData.Line;
import dev.backoffice.plugin.api.document.DocumentData.Party;
import dev.backoffice.plugin.api.document.DocumentData.Totals;
import dev.backoffice.plugin.api.document.DocumentData.Vat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Variants of {@code SampleDocuments.sample(kind, locale)} for the cases a template must handle: VAT modes, a buyer
 * without КПП, a correction, many lines. Sums are computed here from the line prices; texts a person writes (amount in
 * words, payment purpose, exemption reason) are given by the caller in the document's language.
 */
public final class SampleVariants {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private SampleVariants() {}

  /** Same document, lines priced without VAT ("Без НДС" with {@code reason}). */
  public static DocumentData vatNone(DocumentData d, String vatRateLabel, String reason, String words, String purpose) {
    List<Line> lines = new ArrayList<>();
    for (Line l : d.lines()) {
      BigDecimal sum = l.price().multiply(l.quantity()).setScale(2, RoundingMode.HALF_UP);
      lines.add(line(l.no(), l, l.price(), sum, vatRateLabel, null, sum));
    }
    return copy(d, lines, new Vat("NONE", null, reason), words, purpose);
  }

  /**
   * Same lines, the price now includes VAT at {@code rate} percent: VAT = amount × rate / (100 + rate), per line.
   * {@code price} is the new unit price with VAT.
   */
  public static DocumentData vatIncluded(DocumentData d, BigDecimal rate, BigDecimal price, String words, String purpose) {
    List<Line> lines = new ArrayList<>();
    for (Line l : d.lines()) {
      BigDecimal amount = price.multiply(l.quantity()).setScale(2, RoundingMode.HALF_UP);
      BigDecimal vat = amount.multiply(rate).divide(HUNDRED.add(rate), 2, RoundingMode.HALF_UP);
      lines.add(line(l.no(), l, price, amount.subtract(vat), rateLabel(rate), vat, amount));
    }
    return copy(d, lines, new Vat("INCLUDED", rate, null), words, purpose);
  }

  /** VAT 0 % (export of services): VAT printed as 0,00. */
  public static DocumentData vatZero(DocumentData d, String words, String purpose) {
    List<Line> lines = new ArrayList<>();
    for (Line l : d.lines()) {
      BigDecimal sum = l.price().multiply(l.quantity()).setScale(2, RoundingMode.HALF_UP);
      lines.add(line(l.no(), l, l.price(), sum, "0%", new BigDecimal("0.00"), sum));
    }
    return copy(d, lines, new Vat("ZERO", BigDecimal.ZERO, null), words, purpose);
  }

  /**
   * {@code count} lines named {@code name + " " + i}, one unit each at {@code price} plus VAT at the sample's rate
   * (VAT added); {@code purpose} replaces the payment purpose where the document has one.
   */
  public static DocumentData manyLines(
      DocumentData d, int count, String name, BigDecimal price, String words, String purpose) {
    BigDecimal rate = d.vat().rate();
    List<Line> lines = new ArrayList<>();
    Line first = d.lines().get(0);
    for (int i = 1; i <= count; i++) {
      BigDecimal vat = price.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
      lines.add(
          new Line(
              i, name + " " + i, first.unitCode(), first.unitName(), BigDecimal.ONE, price, price, rateLabel(rate), vat,
              price.add(vat)));
    }
    return copy(d, lines, d.vat(), words, purpose);
  }

  /** Same document with another buyer. */
  public static DocumentData withBuyer(DocumentData d, Party buyer) {
    return new DocumentData(
        d.kind(), d.locale(), d.number(), d.date(), d.correction(), d.currency(), d.seller(), buyer, d.event(),
        d.contract(), d.invoice(), d.lines(), d.vat(), d.totals(), d.amountInWords(), d.paymentPurpose(),
        d.paymentDue(), d.participants());
  }

  /** Same document with another seller. */
  public static DocumentData withSeller(DocumentData d, Party seller) {
    return new DocumentData(
        d.kind(), d.locale(), d.number(), d.date(), d.correction(), d.currency(), seller, d.buyer(), d.event(),
        d.contract(), d.invoice(), d.lines(), d.vat(), d.totals(), d.amountInWords(), d.paymentPurpose(),
        d.paymentDue(), d.participants());
  }

  /** An исправление: same number, correction index {@code index} dated {@code on}, original = the given document. */
  public static DocumentData fix(DocumentData d, int index, LocalDate on) {
    return new DocumentData(
        d.kind(), d.locale(), d.number(), on,
        new DocumentData.Correction("FIX", index, new DocumentData.Reference(d.number(), d.date())),
        d.currency(), d.seller(), d.buyer(), d.event(), d.contract(), d.invoice(), d.lines(), d.vat(), d.totals(),
        d.amountInWords(), d.paymentPurpose(), d.paymentDue(), d.participants());
  }

  /**
   * Only what the data contract requires: no event, no contract or invoice reference, no participants, no deadline,
   * no payment purpose, and a buyer with nothing but its name and ИНН.
   */
  public static DocumentData bare(DocumentData d, String buyerName, String buyerInn) {
    Party buyer = new Party(buyerName, null, buyerInn, null, null, null, null, null, null, null, null, null);
    return new DocumentData(
        d.kind(), d.locale(), d.number(), d.date(), null, d.currency(), d.seller(), buyer, null, null, null, d.lines(),
        d.vat(), d.totals(), d.amountInWords(), null, null, List.of());
  }

  /** Same document without a payment deadline. */
  public static DocumentData withoutPaymentDue(DocumentData d) {
    return new DocumentData(
        d.kind(), d.locale(), d.number(), d.date(), d.correction(), d.currency(), d.seller(), d.buyer(), d.event(),
        d.contract(), d.invoice(), d.lines(), d.vat(), d.totals(), d.amountInWords(), d.paymentPurpose(), null,
        d.participants());
  }

  /**
   * An individual entrepreneur (ИП): 12-digit ИНН, 15-digit ОГРНИП (both checksum-valid), no КПП, acting on his own
   * behalf.
   */
  public static Party soleTrader(
      String fullName, String shortName, String address, String position, String personName) {
    return new Party(
        fullName, shortName, "771479292224", null, "304774600012342", address, null,
        new DocumentData.BankAccount(null, "044525225", "30101810400000000225", "40802810538000012345"),
        new DocumentData.Signatory(position, personName, null, null, null), null, null, null);
  }

  /** The sum of the lines' VAT, or null when no line has VAT. */
  public static BigDecimal vatOf(List<Line> lines) {
    BigDecimal sum = null;
    for (Line l : lines) {
      if (l.vatAmount() != null) {
        sum = sum == null ? l.vatAmount() : sum.add(l.vatAmount());
      }
    }
    return sum;
  }

  private static Line line(
      int no, Line l, BigDecimal price, BigDecimal withoutVat, String rate, BigDecimal vat, BigDecimal amount) {
    return new Line(no, l.name(), l.unitCode(), l.unitName(), l.quantity(), price, withoutVat, rate, vat, amount);
  }

  private static String rateLabel(BigDecimal rate) {
    return rate.stripTrailingZeros().toPlainString() + "%";
  }

  private static DocumentData copy(DocumentData d, List<Line> lines, Vat vat, String words, String purpose) {
    BigDecimal without = lines.stream().map(Line::amountWithoutVat).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new DocumentData(
        d.kind(), d.locale(), d.number(), d.date(), d.correction(), d.currency(), d.seller(), d.buyer(), d.event(),
        d.contract(), d.invoice(), lines, vat, new Totals(without, vatOf(lines), total), words,
        d.paymentPurpose() == null ? null : purpose, d.paymentDue(), d.participants());
  }
}
