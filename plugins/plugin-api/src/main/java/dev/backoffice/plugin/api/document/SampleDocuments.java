package dev.backoffice.plugin.api.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Sample data for previews and for the test render every pack must pass before it can be activated. The buyer is
 * ПАО Сбербанк with its published requisites; the seller is a fictitious company whose identifiers are checksum-valid;
 * the accounts pass the control key against their БИК.
 */
public final class SampleDocuments {

  private SampleDocuments() {}

  /**
   * A two-participant deal in Russian for {@code ru}, in English for any other locale (the data keeps the given
   * locale): at 30 000.00 per person plus 22 % VAT: 60 000.00 + 13 200.00 = 73 200.00. */
  public static DocumentData sample(DocumentKind kind, String locale) {
    boolean ru = "ru".equals(locale);
    LocalDate date = LocalDate.of(2026, 11, 26);
    DocumentData.Party seller =
        new DocumentData.Party(
            ru
                ? "Общество с ограниченной ответственностью «Альфа Конференции»"
                : "Alfa Konferentsii Limited Liability Company",
            ru ? "ООО «Альфа Конференции»" : "Alfa Konferentsii LLC",
            "7701000019",
            "770101001",
            "1027700000019",
            ru ? "125009, г. Москва, ул. Тверская, д. 1" : "1 Tverskaya St., Moscow 125009, Russia",
            null,
            new DocumentData.BankAccount(
                ru ? "ПАО Сбербанк" : "Sberbank PJSC", "044525225", "30101810400000000225", "40702810538000123456"),
            new DocumentData.Signatory(
                ru ? "Генеральный директор" : "General Director",
                ru ? "Иванов Иван Иванович" : "Ivan Ivanov",
                "CHARTER",
                null,
                null,
                ru ? "Генерального директора" : null,
                ru ? "Иванова Ивана Ивановича" : null,
                ru ? "MALE" : null),
            new DocumentData.Signatory(
                ru ? "Главный бухгалтер" : "Chief Accountant",
                ru ? "Петрова Мария Сергеевна" : "Maria Petrova",
                "CHARTER",
                null,
                null),
            "buh@alfa-conf.example",
            "+7 495 000-00-00");
    DocumentData.Party buyer =
        new DocumentData.Party(
            ru ? "Публичное акционерное общество «Сбербанк России»" : "Sberbank of Russia PJSC",
            ru ? "ПАО Сбербанк" : "Sberbank PJSC",
            "7707083893",
            "773601001",
            "1027700132195",
            ru ? "117312, г. Москва, ул. Вавилова, д. 19" : "19 Vavilova St., Moscow 117312, Russia",
            null,
            new DocumentData.BankAccount(
                ru ? "ПАО Сбербанк" : "Sberbank PJSC", "044525225", "30101810400000000225", "40702810738000077001"),
            new DocumentData.Signatory(
                ru ? "Директор департамента" : "Department Director",
                ru ? "Смирнов Алексей Петрович" : "Alexey Smirnov",
                "POWER_OF_ATTORNEY",
                "Д-1234",
                LocalDate.of(2026, 1, 15),
                ru ? "Директора департамента" : null,
                ru ? "Смирнова Алексея Петровича" : null,
                ru ? "MALE" : null),
            null,
            null,
            null);
    String service =
        ru
            ? "Участие в конференции «Финтех-форум 2027» (2 участника)"
            : "Participation in the conference \"Fintech Forum 2027\" (2 participants)";
    DocumentData.Line line =
        new DocumentData.Line(
            1,
            service,
            "792",
            ru ? "чел." : "pers.",
            new BigDecimal("2"),
            new BigDecimal("30000.00"),
            new BigDecimal("60000.00"),
            "22%",
            new BigDecimal("13200.00"),
            new BigDecimal("73200.00"));
    String number = "2026-0012";
    boolean referencesDeal =
        kind == DocumentKind.INVOICE || kind == DocumentKind.ACT || kind == DocumentKind.UPD || kind == DocumentKind.UKD;
    if (kind == DocumentKind.UKD) {
      return adjustment(sample(DocumentKind.UPD, locale), line, ru);
    }
    return new DocumentData(
        kind,
        locale,
        number,
        date,
        null,
        "RUB",
        seller,
        buyer,
        new DocumentData.EventInfo(
            ru ? "Финтех-форум 2027" : "Fintech Forum 2027",
            LocalDate.of(2027, 2, 10),
            LocalDate.of(2027, 2, 11),
            ru ? "Москва, ЦМТ, Краснопресненская наб., 12" : "WTC Moscow, 12 Krasnopresnenskaya Emb."),
        referencesDeal ? new DocumentData.Reference("2026-0012", date) : null,
        kind == DocumentKind.ACT || kind == DocumentKind.UPD ? new DocumentData.Reference(number, date) : null,
        List.of(line),
        new DocumentData.Vat("ADDED", new BigDecimal("22"), null),
        new DocumentData.Totals(new BigDecimal("60000.00"), new BigDecimal("13200.00"), new BigDecimal("73200.00")),
        ru
            ? "Семьдесят три тысячи двести рублей 00 копеек"
            : "Seventy-three thousand two hundred roubles 00 kopecks",
        kind == DocumentKind.INVOICE || kind == DocumentKind.OFFER_INVOICE
            ? (ru
                ? "Оплата по счёту № 2026-0012 от 26.11.2026 за участие в конференции «Финтех-форум 2027»."
                    + " Сумма 73200-00, в т.ч. НДС (22%) 13200-00"
                : "Payment for invoice No. 2026-0012 of 2026-11-26, Fintech Forum 2027, incl. VAT 22% 13200.00")
            : null,
        kind == DocumentKind.INVOICE || kind == DocumentKind.OFFER_INVOICE ? LocalDate.of(2026, 12, 3) : null,
        List.of(
            new DocumentData.Participant(
                ru ? "Кузнецова Анна Викторовна" : "Anna Kuznetsova",
                ru ? "Финансовый директор" : "CFO",
                "a.kuznetsova@sberbank.example"),
            new DocumentData.Participant(
                ru ? "Орлов Дмитрий Андреевич" : "Dmitry Orlov",
                ru ? "Руководитель проектов" : "Project Manager",
                "d.orlov@sberbank.example")));
  }

  /**
   * The УКД of the sample УПД: one of the two participants did not come and, by agreement, is not paid for — the
   * quantity goes from 2 to 1, the cost down by 30 000.00 + 6 600.00 VAT.
   */
  private static DocumentData adjustment(DocumentData upd, DocumentData.Line before, boolean ru) {
    DocumentData.Line after =
        new DocumentData.Line(
            1, before.name(), before.unitCode(), before.unitName(), new BigDecimal("1"), new BigDecimal("30000.00"),
            new BigDecimal("30000.00"), before.vatRate(), new BigDecimal("6600.00"), new BigDecimal("36600.00"));
    DocumentData.Totals zero = new DocumentData.Totals(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    DocumentData.Totals down =
        new DocumentData.Totals(new BigDecimal("30000.00"), new BigDecimal("6600.00"), new BigDecimal("36600.00"));
    DocumentData.Correction correction =
        new DocumentData.Correction(
            "ADJUSTMENT", 1, new DocumentData.Reference(upd.number(), upd.date()),
            ru
                ? "Соглашение № 1 от 01.12.2026 об изменении количества участников"
                : "Agreement No. 1 of 1 December 2026 on the number of participants",
            List.of(new DocumentData.Change(before, after, zero, down)), zero, down);
    return new DocumentData(
        DocumentKind.UKD, upd.locale(), "2026-0003", upd.date().plusDays(5), correction, upd.currency(), upd.seller(),
        upd.buyer(), upd.event(), upd.contract(), upd.invoice(), List.of(after), upd.vat(),
        new DocumentData.Totals(after.amountWithoutVat(), after.vatAmount(), after.amount()),
        ru ? "Тридцать шесть тысяч шестьсот рублей 00 копеек" : "Thirty-six thousand six hundred roubles 00 kopecks",
        null, null, upd.participants());
  }
}
