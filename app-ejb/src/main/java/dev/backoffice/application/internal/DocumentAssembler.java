package dev.backoffice.application.internal;

import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.document.AmountInWords;
import dev.backoffice.domain.model.document.MoneyFormat;
import dev.backoffice.domain.model.document.RussianGenitive;
import dev.backoffice.domain.model.document.VatCalculation;
import dev.backoffice.domain.model.document.VatCalculator;
import dev.backoffice.domain.model.document.VatItem;
import dev.backoffice.domain.model.document.VatLine;
import dev.backoffice.domain.model.document.VatRounding;
import dev.backoffice.domain.model.document.VatRule;
import dev.backoffice.domain.model.event.Event;
import dev.backoffice.domain.model.event.Tariff;
import dev.backoffice.domain.model.event.VatMode;
import dev.backoffice.domain.model.legalentity.LegalEntityDetails;
import dev.backoffice.domain.model.registration.Participant;
import dev.backoffice.domain.model.registration.RegistrationRequest;
import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.DocumentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the document data of a deal from a snapshot of the request, its event and tariff, the seller and the
 * tenant's standard. Every document of one deal is built from one {@link Deal}, so parties, lines and amounts cannot
 * differ between the contract and the invoice; {@link #crossCheck} verifies it before anything is issued.
 */
final class DocumentAssembler {

  private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private DocumentAssembler() {}

  /** What every document of one deal shares. */
  record Deal(
      String locale,
      LocalDate date,
      String currency,
      DocumentData.Party seller,
      DocumentData.Party buyer,
      DocumentData.EventInfo event,
      VatRule vatRule,
      VatCalculation calculation,
      DocumentData.Vat vat,
      String amountInWords,
      LocalDate paymentDue,
      List<DocumentData.Participant> participants) {}

  static Deal deal(
      RegistrationRequest r, LegalEntityDetails seller, VatRounding rounding, int paymentDays, LocalDate date,
      String locale) {
    Event event = r.event();
    Tariff tariff = r.tariff();
    boolean ru = "ru".equals(locale);
    String service =
        ru
            ? "Участие в конференции «" + event.name() + "» (" + tariff.name() + ")"
            : "Participation in the conference \"" + event.name() + "\" (" + tariff.name() + ")";
    VatRule rule = VatRule.of(tariff.vatMode(), tariff.vatExemptionReason());
    VatCalculation calc =
        VatCalculator.calculate(List.of(new VatItem(service, r.participantsCount(), tariff.price())), rule, rounding);
    String words = AmountInWords.spell(calc.totals().amount(), tariff.currency(), Locale.forLanguageTag(locale));
    return new Deal(
        locale,
        date,
        tariff.currency(),
        seller(seller, ru),
        buyer(r.company(), ru),
        new DocumentData.EventInfo(event.name(), event.startsOn(), event.endsOn(), event.venue()),
        rule,
        calc,
        vat(tariff.vatMode(), tariff.vatExemptionReason()),
        words,
        date.plusDays(paymentDays),
        participants(r.participants()));
  }

  static DocumentData contract(Deal d, String number) {
    return document(d, DocumentKind.CONTRACT, number, null, null, null);
  }

  static DocumentData invoice(Deal d, String number, DocumentData.Reference contract) {
    return document(d, DocumentKind.INVOICE, number, contract, null, paymentPurpose(d, number));
  }

  static DocumentData closing(
      Deal d, DocumentKind kind, String number, DocumentData.Reference contract, DocumentData.Reference invoice) {
    return document(d, kind, number, contract, invoice, null);
  }

  private static DocumentData document(
      Deal d, DocumentKind kind, String number, DocumentData.Reference contract, DocumentData.Reference invoice,
      String purpose) {
    List<DocumentData.Line> lines =
        d.calculation().lines().stream().map(l -> line(l, d)).toList();
    return new DocumentData(
        kind,
        d.locale(),
        number,
        d.date(),
        null,
        d.currency(),
        d.seller(),
        d.buyer(),
        d.event(),
        contract,
        invoice,
        lines,
        d.vat(),
        new DocumentData.Totals(
            d.calculation().totals().amountWithoutVat(), d.calculation().totals().vat(),
            d.calculation().totals().amount()),
        d.amountInWords(),
        purpose,
        kind == DocumentKind.INVOICE || kind == DocumentKind.OFFER_INVOICE || kind == DocumentKind.CONTRACT
            ? d.paymentDue()
            : null,
        d.participants());
  }

  /**
   * The text the payer copies into "Назначение платежа": our invoice number and date (the matching key), what for,
   * and the VAT clause the payer must state (НК ст. 168 п. 4). Plain spaces and hyphens only: bank clients reject
   * some typographic characters.
   */
  static String paymentPurpose(Deal d, String number) {
    boolean ru = "ru".equals(d.locale());
    String vat = MoneyFormat.vatPhrase(d.vatRule(), d.calculation().totals().vat(), Locale.forLanguageTag(d.locale()));
    String text =
        ru
            ? "Оплата по счёту № " + number + " от " + RU_DATE.format(d.date()) + " за участие в конференции «"
                + d.event().name() + "». " + vat
            : "Payment for invoice No. " + number + " of " + d.date() + ", conference \"" + d.event().name() + "\". "
                + vat;
    return text.replace('\u00A0', ' ').replace('\u2014', '-').replace('\u2013', '-');
  }

  private static DocumentData.Line line(VatLine l, Deal d) {
    boolean ru = "ru".equals(d.locale());
    String rate =
        d.vatRule().withoutVat() ? (ru ? "без НДС" : "without VAT") : d.vatRule().rate().stripTrailingZeros().toPlainString() + "%";
    return new DocumentData.Line(
        l.no(), l.name(), "792", ru ? "чел." : "pers.", l.quantity(), l.price(), l.amountWithoutVat(), rate, l.vat(),
        l.amount());
  }

  private static DocumentData.Vat vat(VatMode mode, String reason) {
    return switch (mode) {
      case VAT_22_ADDED, VAT_10_ADDED -> new DocumentData.Vat("ADDED", mode.rate(), null);
      case VAT_22_INCLUDED, VAT_10_INCLUDED -> new DocumentData.Vat("INCLUDED", mode.rate(), null);
      case VAT_0 -> new DocumentData.Vat("ZERO", BigDecimal.ZERO, null);
      case WITHOUT_VAT -> new DocumentData.Vat("NONE", null, reason);
    };
  }

  static DocumentData.Party seller(LegalEntityDetails s, boolean ru) {
    return new DocumentData.Party(
        s.fullName(),
        s.shortName(),
        s.inn(),
        s.kpp(),
        s.ogrn(),
        s.legalAddress(),
        s.postalAddress(),
        new DocumentData.BankAccount(s.bankName(), s.bik(), s.correspondentAccount(), s.settlementAccount()),
        signatory(s.directorPosition(), s.directorName(), "CHARTER", null, null, ru),
        s.chiefAccountantName() == null
            ? null
            : new DocumentData.Signatory(ru ? "Главный бухгалтер" : "Chief Accountant", s.chiefAccountantName(),
                "CHARTER", null, null),
        s.email(),
        s.phone(),
        s.vatPayer());
  }

  /**
   * A signatory; in a Russian document with the genitive of the position and the name where {@link RussianGenitive}
   * is sure of both (the template otherwise keeps to the nominative).
   */
  static DocumentData.Signatory signatory(
      String position, String name, String basis, String poaNumber, LocalDate poaDate, boolean ru) {
    if (!ru || name == null) {
      return new DocumentData.Signatory(position, name, basis, poaNumber, poaDate);
    }
    Optional<RussianGenitive.Name> n = RussianGenitive.fullName(name);
    Optional<String> p = position == null ? Optional.empty() : RussianGenitive.position(position);
    boolean sure = n.isPresent() && (position == null || p.isPresent());
    return new DocumentData.Signatory(
        position, name, basis, poaNumber, poaDate, sure ? p.orElse(null) : null,
        sure ? n.get().genitive() : null, n.map(x -> x.gender().name()).orElse(null));
  }

  static DocumentData.Party buyer(CompanyDetails c, boolean ru) {
    DocumentData.BankAccount bank =
        c.bik() == null && c.settlementAccount() == null
            ? null
            : new DocumentData.BankAccount(c.bankName(), c.bik(), c.correspondentAccount(), c.settlementAccount());
    DocumentData.Signatory signatory =
        c.signatoryName() == null
            ? null
            : signatory(
                c.signatoryPosition(),
                c.signatoryName(),
                c.signatoryBasis() == null ? null : c.signatoryBasis().name(),
                c.powerOfAttorneyNumber(),
                c.powerOfAttorneyDate(),
                ru);
    return new DocumentData.Party(
        c.fullName(), c.shortName(), c.inn(), c.kpp(), c.ogrn(), c.legalAddress(), c.postalAddress(), bank, signatory,
        null, c.email(), c.phone());
  }

  /**
   * The deal pack's documents must agree on everything but kind and number: the same parties, lines, VAT, totals,
   * words, event and date. Built from one deal they do; this guards against a future change that breaks it.
   */
  /** A changed line of a корректировка: its new quantity and unit price (as the tariff states it, VAT mode included). */
  record LineChange(int no, BigDecimal quantity, BigDecimal price) {}

  /**
   * The УКД of a deal: the lines {@code before} (the УПД's, or the previous корректировка's after) with the given
   * changes applied and priced again under the deal's VAT rule and rounding; per line and in total what went up
   * (строка В) and down (строка Г). Its own lines and totals are those after the change.
   *
   * @throws IllegalArgumentException for a line number that is not in {@code before}, twice the same line, or a
   *     quantity or price {@link VatItem} refuses (the caller turns it into the user's error)
   */
  static DocumentData adjustment(
      Deal d, VatRounding rounding, String number, LocalDate date, int index, DocumentData.Reference upd,
      DocumentData.Reference contract, DocumentData.Reference invoice, List<DocumentData.Line> before,
      List<LineChange> changes, String reason) {
    Map<Integer, LineChange> byNo = new HashMap<>();
    for (LineChange c : changes) {
      if (before.stream().noneMatch(l -> l.no() == c.no())) {
        throw new IllegalArgumentException("line " + c.no());
      }
      if (byNo.put(c.no(), c) != null) {
        throw new IllegalArgumentException("line " + c.no() + " twice");
      }
    }
    List<VatItem> items =
        before.stream()
            .map(
                l -> {
                  LineChange c = byNo.get(l.no());
                  return new VatItem(
                      l.name(), c == null || c.quantity() == null ? l.quantity() : c.quantity(),
                      c == null || c.price() == null ? l.price() : c.price());
                })
            .toList();
    VatCalculation after = VatCalculator.calculate(items, d.vatRule(), rounding);
    List<DocumentData.Line> afterLines = new ArrayList<>();
    List<DocumentData.Change> lineChanges = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      DocumentData.Line b = before.get(i);
      VatLine v = after.lines().get(i);
      DocumentData.Line a =
          new DocumentData.Line(
              b.no(), b.name(), b.unitCode(), b.unitName(), v.quantity(), v.price(), v.amountWithoutVat(), b.vatRate(),
              v.vat(), v.amount());
      afterLines.add(a);
      lineChanges.add(
          new DocumentData.Change(
              b, a, difference(b, a, 1), difference(b, a, -1)));
    }
    DocumentData.Totals increase = sum(lineChanges, true);
    DocumentData.Totals decrease = sum(lineChanges, false);
    DocumentData.Totals totals =
        new DocumentData.Totals(after.totals().amountWithoutVat(), after.totals().vat(), after.totals().amount());
    return new DocumentData(
        DocumentKind.UKD, d.locale(), number, date,
        new DocumentData.Correction("ADJUSTMENT", index, upd, reason, lineChanges, increase, decrease),
        d.currency(), d.seller(), d.buyer(), d.event(), contract, invoice, afterLines, d.vat(), totals,
        AmountInWords.spell(totals.amount(), d.currency(), Locale.forLanguageTag(d.locale())), null, null,
        d.participants());
  }

  /** How much a line went up ({@code sign} 1) or down (−1): each part max(0, ±(after − before)). */
  private static DocumentData.Totals difference(DocumentData.Line before, DocumentData.Line after, int sign) {
    return new DocumentData.Totals(
        part(before.amountWithoutVat(), after.amountWithoutVat(), sign),
        before.vatAmount() == null && after.vatAmount() == null ? null : part(before.vatAmount(), after.vatAmount(), sign),
        part(before.amount(), after.amount(), sign));
  }

  private static BigDecimal part(BigDecimal before, BigDecimal after, int sign) {
    BigDecimal b = before == null ? BigDecimal.ZERO : before;
    BigDecimal a = after == null ? BigDecimal.ZERO : after;
    BigDecimal diff = a.subtract(b).multiply(BigDecimal.valueOf(sign));
    return (diff.signum() > 0 ? diff : BigDecimal.ZERO).setScale(2);
  }

  private static DocumentData.Totals sum(List<DocumentData.Change> changes, boolean increase) {
    BigDecimal withoutVat = BigDecimal.ZERO.setScale(2);
    BigDecimal vat = null;
    BigDecimal amount = BigDecimal.ZERO.setScale(2);
    for (DocumentData.Change c : changes) {
      DocumentData.Totals t = increase ? c.increase() : c.decrease();
      withoutVat = withoutVat.add(t.amountWithoutVat());
      if (t.vat() != null) {
        vat = (vat == null ? BigDecimal.ZERO.setScale(2) : vat).add(t.vat());
      }
      amount = amount.add(t.amount());
    }
    return new DocumentData.Totals(withoutVat, vat, amount);
  }

  static void crossCheck(List<DocumentData> docs) {
    DocumentData first = docs.get(0);
    for (DocumentData d : docs) {
      boolean same =
          Objects.equals(first.seller(), d.seller())
              && Objects.equals(first.buyer(), d.buyer())
              && Objects.equals(first.lines(), d.lines())
              && Objects.equals(first.vat(), d.vat())
              && Objects.equals(first.totals(), d.totals())
              && Objects.equals(first.amountInWords(), d.amountInWords())
              && Objects.equals(first.event(), d.event())
              && Objects.equals(first.date(), d.date())
              && Objects.equals(first.currency(), d.currency());
      if (!same) {
        throw new IllegalStateException("The documents of one deal disagree: " + first.kind() + " vs " + d.kind());
      }
    }
  }

  static List<DocumentData.Participant> participants(List<Participant> ps) {
    return ps.stream().map(p -> new DocumentData.Participant(p.fullName(), p.jobTitle(), p.email())).toList();
  }
}
