package dev.backoffice.packs.ru;

import static dev.backoffice.packs.testkit.PdfChecks.assertContainsAll;
import static dev.backoffice.packs.testkit.PdfChecks.assertContainsNone;
import static dev.backoffice.packs.testkit.PdfChecks.assertPrintable;
import static dev.backoffice.packs.testkit.PdfChecks.ru;
import static dev.backoffice.packs.testkit.PdfChecks.ruDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.packs.testkit.PackUnderTest;
import dev.backoffice.packs.testkit.RenderedPdf;
import dev.backoffice.packs.testkit.SampleVariants;
import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.DocumentKind;
import dev.backoffice.plugin.api.document.SampleDocuments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RuStandardPackTest {

  private static final PackUnderTest PACK = PackUnderTest.ofThisModule();

  private static DocumentData sample(DocumentKind kind) {
    return SampleDocuments.sample(kind, "ru");
  }

  @Test
  void descriptorDeclaresEveryRussianKindAndItsFontsExist() {
    assertEquals("ru-standard", PACK.id());
    assertEquals(DocumentData.CONTRACT_VERSION, PACK.contractVersion());
    assertEquals(EnumSet.allOf(DocumentKind.class), PACK.kinds("ru"));
    PACK.assertFonts("DejaVu Sans", "fonts/LICENSE-DejaVu.txt");
    PACK.assertStylesheetsStayInThePack();
  }

  /** Every template with the sample data: parties, ИНН/КПП, totals, VAT, words; fonts embedded; no FOP warning. */
  @TestFactory
  Stream<DynamicTest> everyTemplateRendersTheSample() {
    return PACK.eachTemplate(
        (kind, d) -> {
          RenderedPdf pdf = PACK.render(d, kind.name().toLowerCase() + "-sample");
          assertPrintable(pdf, 1, kind == DocumentKind.CONTRACT ? 4 : 2);
          assertContainsAll(
              pdf,
              d.number(),
              d.seller().inn(),
              d.seller().kpp(),
              d.buyer().inn(),
              d.buyer().kpp(),
              d.buyer().shortName(),
              ru(d.totals().amount()),
              ru(d.totals().vat()));
          if (kind != DocumentKind.UKD) {
            assertContainsAll(pdf, d.amountInWords()); // the УКД form has no amount in words
          }
          assertTrue(
              pdf.contains(d.seller().shortName()) || pdf.contains(d.seller().fullName()), "seller name");
        });
  }

  @Test
  void invoiceHasTheBankBlockTotalsPurposeAndDeadline() {
    DocumentData d = sample(DocumentKind.INVOICE);
    RenderedPdf pdf = PACK.render(d);
    DocumentData.BankAccount bank = d.seller().bank();
    assertContainsAll(
        pdf,
        "Счёт на оплату № " + d.number() + " от 26 ноября 2026 г.",
        "Банк получателя",
        "БИК " + bank.bik(),
        bank.correspondentAccount(),
        bank.account(),
        "Получатель",
        "ИНН " + d.seller().inn(),
        "КПП " + d.seller().kpp(),
        "Итого: " + ru(d.totals().amountWithoutVat()),
        "НДС (22%): " + ru(d.totals().vat()),
        "Всего к оплате: " + ru(d.totals().amount()),
        d.paymentPurpose(),
        "Оплатить не позднее " + ruDate(d.paymentDue()),
        "Договор № " + d.contract().number(),
        "Руководитель",
        "Иванов И. И.",
        "Бухгалтер",
        "Петрова М. С.");
  }

  @Test
  void invoiceOfASoleTraderIsSignedByTheEntrepreneurAlone() {
    DocumentData.Party ip =
        SampleVariants.soleTrader(
            "Индивидуальный предприниматель Соколов Пётр Ильич", "ИП Соколов П. И.",
            "420111, г. Казань, ул. Баумана, д. 5", "Индивидуальный предприниматель", "Соколов Пётр Ильич");
    DocumentData d = SampleVariants.withSeller(sample(DocumentKind.INVOICE), ip);
    RenderedPdf pdf = PACK.render(d, "invoice-seller-ip");
    assertPrintable(pdf, 1, 1);
    assertContainsAll(pdf, "ИНН " + ip.inn(), "ОГРНИП " + ip.ogrn(), "Соколов П. И.", ip.bank().account());
    assertContainsNone(pdf, "Руководитель", "Бухгалтер", ip.inn() + ", КПП");
    // every "КПП" label is followed by the buyer's КПП: none is printed empty for the seller
    assertEquals(pdf.count(d.buyer().kpp()), pdf.count("КПП "));
  }

  @Test
  void invoiceWithoutDeadlineGivesFiveBankingDays() {
    RenderedPdf pdf = PACK.render(SampleVariants.withoutPaymentDue(sample(DocumentKind.INVOICE)));
    assertContainsAll(pdf, "5 (пяти) банковских дней");
    assertContainsNone(pdf, "Оплатить не позднее");
  }

  @Test
  void actNamesTheContractInvoiceServicePeriodAndBothSignatories() {
    DocumentData d = sample(DocumentKind.ACT);
    RenderedPdf pdf = PACK.render(d);
    assertContainsAll(
        pdf,
        "Акт № " + d.number() + " от 26 ноября 2026 г.",
        "об оказании услуг",
        "Исполнитель:",
        "Заказчик:",
        "Договор № " + d.contract().number() + " от " + ruDate(d.contract().date()),
        "счёт на оплату № " + d.invoice().number(),
        "Период оказания услуг:",
        ruDate(d.event().startsOn()) + " – " + ruDate(d.event().endsOn()),
        d.event().name(),
        "Наименование услуг",
        d.lines().get(0).name(),
        ru(d.lines().get(0).price()),
        "чел.",
        "ИСПОЛНИТЕЛЬ",
        "ЗАКАЗЧИК",
        d.seller().signatory().position(),
        d.buyer().signatory().position(),
        "Иванов И. И.",
        "Смирнов А. П.",
        "по доверенности № " + d.buyer().signatory().powerOfAttorneyNumber());
  }

  @Test
  void contractStatesPartiesBasisPricePaymentAndTerms() {
    DocumentData d = sample(DocumentKind.CONTRACT);
    RenderedPdf pdf = PACK.render(d);
    DocumentData.Signatory buyerSignatory = d.buyer().signatory();
    assertContainsAll(
        pdf,
        "ДОГОВОР № " + d.number(),
        "г. Москва «26» ноября 2026 г.",
        d.seller().fullName(),
        d.buyer().fullName(),
        "далее — «Исполнитель»",
        "далее — «Заказчик»",
        "в лице Генерального директора Иванова Ивана Ивановича, действующего на основании Устава",
        "в лице Директора департамента Смирнова Алексея Петровича, действующего на основании доверенности № "
            + buyerSignatory.powerOfAttorneyNumber() + " от " + ruDate(buyerSignatory.powerOfAttorneyDate()),
        "«" + d.event().name() + "»",
        d.event().venue(),
        ru(d.totals().amount()) + " руб. (" + d.amountInWords() + "), в том числе НДС 22% — " + ru(d.totals().vat()),
        "Предмет договора",
        "Ответственность Сторон",
        "Срок действия договора",
        "реквизиты и подписи Сторон",
        d.participants().get(0).name(),
        d.seller().bank().account(),
        d.buyer().bank().account(),
        "ОГРН " + d.seller().ogrn());
  }

  @Test
  void aWomanSignsAsActingInTheFeminineAndUndeclinedNamesStayNominative() {
    DocumentData d = sample(DocumentKind.CONTRACT);
    DocumentData.Party s = d.seller();
    DocumentData.Party woman =
        new DocumentData.Party(
            s.fullName(), s.shortName(), s.inn(), s.kpp(), s.ogrn(), s.legalAddress(), s.postalAddress(), s.bank(),
            new DocumentData.Signatory(
                "Генеральный директор", "Петрова Мария Сергеевна", "CHARTER", null, null, "Генерального директора",
                "Петровой Марии Сергеевны", "FEMALE"),
            s.chiefAccountant(), s.email(), s.phone());
    DocumentData.Party unsure =
        new DocumentData.Party(
            d.buyer().fullName(), d.buyer().shortName(), d.buyer().inn(), d.buyer().kpp(), d.buyer().ogrn(),
            d.buyer().legalAddress(), null, d.buyer().bank(),
            new DocumentData.Signatory("CEO", "John Smith", "CHARTER", null, null), null, null, null);
    RenderedPdf pdf = PACK.render(SampleVariants.withBuyer(SampleVariants.withSeller(d, woman), unsure), "contract-genitive");
    assertContainsAll(
        pdf,
        "в лице Генерального директора Петровой Марии Сергеевны, действующей на основании Устава",
        "в лице представителя: CEO John Smith, действующего на основании Устава");
  }

  @Test
  void contractWithoutPaymentDueGivesFiveBankingDays() {
    DocumentData d = sample(DocumentKind.CONTRACT);
    assertTrue(d.paymentDue() == null, "the sample contract has no deadline");
    assertContainsAll(PACK.render(d), "в течение 5 (пяти) банковских дней");
  }

  @Test
  void offerInvoiceSaysPaymentIsAcceptance() {
    DocumentData d = sample(DocumentKind.OFFER_INVOICE);
    RenderedPdf pdf = PACK.render(d);
    assertContainsAll(
        pdf,
        "Договор-счёт (счёт-оферта) № " + d.number(),
        "Банк получателя",
        d.seller().bank().account(),
        "означает акцепт оферты",
        "п. 3 ст. 438 ГК РФ",
        "не позднее " + ruDate(d.paymentDue()),
        d.paymentPurpose(),
        d.event().name(),
        "Руководитель");
  }

  @Test
  void updHasTheRowsAndColumnsOfTheForm() {
    DocumentData d = sample(DocumentKind.UPD);
    RenderedPdf pdf = PACK.render(d);
    assertTrue(pdf.landscape(), "landscape");
    DocumentData.Line line = d.lines().get(0);
    assertContainsAll(
        pdf,
        "Универсальный",
        "Статус: 1",
        "Счёт-фактура № " + d.number() + " от " + ruDate(d.date()) + " (1)",
        "Исправление № — от — (1а)",
        "Продавец: " + d.seller().fullName() + " (2)",
        "Адрес: " + d.seller().legalAddress() + " (2а)",
        "ИНН/КПП продавца: " + d.seller().inn() + "/" + d.seller().kpp() + " (2б)",
        "Грузоотправитель и его адрес: — (3)",
        "Грузополучатель и его адрес: — (4)",
        "К платёжно-расчётному документу № — от — (5)",
        "Документ об отгрузке № п/п 1–1 № " + d.number() + " от " + ruDate(d.date()) + " (5а)",
        "Покупатель: " + d.buyer().fullName() + " (6)",
        "Адрес: " + d.buyer().legalAddress() + " (6а)",
        "ИНН/КПП покупателя: " + d.buyer().inn() + "/" + d.buyer().kpp() + " (6б)",
        "Российский рубль, 643 (7)",
        "(8)",
        "А 1 1а 1б 2 2а 3 4 5 6 7 8 9 10 10а 11",
        line.unitCode(),
        ru(line.price()),
        ru(line.amountWithoutVat()),
        "без акциза",
        line.vatRate(),
        "Всего к оплате (9)",
        "Руководитель организации",
        "Главный бухгалтер",
        "Договор № " + d.contract().number(),
        "[8]", "[10]", "[11]", "[12]", "[13]", "[14]", "[15]", "[16]", "[17]", "[18]", "[19]",
        "Иванов И. И.",
        "Петрова М. С.",
        "Смирнов А. П.");
  }

  @Test
  void aSellerWithoutVatOnADealWithoutVatIssuesStatus2() {
    DocumentData.Party s = sample(DocumentKind.UPD).seller();
    DocumentData.Party usn =
        new DocumentData.Party(
            s.fullName(), s.shortName(), s.inn(), s.kpp(), s.ogrn(), s.legalAddress(), s.postalAddress(), s.bank(),
            s.signatory(), s.chiefAccountant(), s.email(), s.phone(), false);
    for (DocumentKind kind : List.of(DocumentKind.UPD, DocumentKind.UKD)) {
      DocumentData d = SampleVariants.withSeller(sample(kind), usn);
      assertContainsAll(PACK.render(withoutVat(d), kind.name().toLowerCase() + "-status-2"), "Статус: 2");
      // a seller without VAT that still charges VAT issues a счёт-фактура: status 1
      assertContainsAll(PACK.render(d, kind.name().toLowerCase() + "-usn-with-vat"), "Статус: 1");
    }
  }

  @Test
  void updCorrectionFillsRow1a() {
    DocumentData original = sample(DocumentKind.UPD);
    LocalDate fixedOn = LocalDate.of(2026, 11, 28);
    RenderedPdf pdf = PACK.render(SampleVariants.fix(original, 1, fixedOn), "upd-correction");
    assertContainsAll(
        pdf,
        "Счёт-фактура № " + original.number() + " от " + ruDate(original.date()) + " (1)",
        "Исправление № 1 от " + ruDate(fixedOn) + " (1а)",
        "№ п/п 1–1 № " + original.number() + " от " + ruDate(original.date()) + " (5а)");
    assertPrintable(pdf, 1, 2);
  }

  @TestFactory
  Stream<DynamicTest> everyCorrectableTemplatePrintsTheFixLineAndKeepsTheNumber() {
    LocalDate fixedOn = LocalDate.of(2026, 12, 3);
    return PACK.eachTemplate(
        (kind, d) -> {
          if (kind == DocumentKind.OFFER_INVOICE || kind == DocumentKind.UKD) {
            return; // not issued on its own / a корректировка is not corrected by an исправление here
          }
          RenderedPdf pdf = PACK.render(d.asFix(2, fixedOn), kind.name().toLowerCase() + "-fix");
          assertPrintable(pdf, 1, 4);
          assertContainsAll(pdf, d.number(), "Исправление № 2 от " + ruDate(fixedOn));
        });
  }

  @Test
  void ukdShowsEveryLineBeforeAfterAndTheDecreaseWithTheReasonAndTheUpd() {
    DocumentData d = sample(DocumentKind.UKD);
    DocumentData.Correction c = d.correction();
    RenderedPdf pdf = PACK.render(d, "ukd-sample");
    assertPrintable(pdf, 1, 2);
    assertContainsAll(
        pdf,
        "Корректировочный счёт-фактура № " + d.number() + " от " + ruDate(d.date()) + " (1)",
        "к счёту-фактуре (УПД) № " + c.original().number() + " от " + ruDate(c.original().date()),
        "А (до изменения)", "Б (после изменения)", "В (увеличение)", "Г (уменьшение)",
        "73 200,00", "60 000,00", "13 200,00", // before
        "36 600,00", "30 000,00", "6 600,00", // after, and the decrease
        "Всего увеличение (сумма строк В)", "Всего уменьшение (сумма строк Г)",
        c.reason(),
        "ИНН/КПП покупателя: " + d.buyer().inn() + "/" + d.buyer().kpp() + " (3б)",
        "ИНН/КПП продавца: " + d.seller().inn() + "/" + d.seller().kpp() + " (2б)",
        "Приложение № 2 к постановлению Правительства Российской Федерации от 26 декабря 2011 г. № 1137");
  }

  // ------------------------------------------------------------------ variants, every template

  private static final String REASON = "применение УСН, п. 2 ст. 346.11 НК РФ";

  /**
   * Every template but the УКД's, whose lines come from its correction (before/after), so these variants of the lines
   * do not reach it; it has its own tests above.
   */
  private static Stream<DynamicTest> everyTemplateButUkd(java.util.function.BiConsumer<DocumentKind, DocumentData> test) {
    return PACK.eachTemplate(
        (kind, d) -> {
          if (kind != DocumentKind.UKD) {
            test.accept(kind, d);
          }
        });
  }

  /** The sample without VAT ("без НДС" with the УСН reason). */
  private static DocumentData withoutVat(DocumentData d) {
    return SampleVariants.vatNone(
        d, "без НДС", REASON, "Шестьдесят тысяч рублей 00 копеек",
        "Оплата по счёту № 2026-0012 от 26.11.2026. Сумма 60000-00, без налога (НДС)");
  }

  @TestFactory
  Stream<DynamicTest> withoutVatEveryTemplatePrintsBezNdsAndTheReason() {
    return everyTemplateButUkd(
        (kind, d) -> {
          DocumentData v = withoutVat(d);
          RenderedPdf pdf = PACK.render(v, kind.name().toLowerCase() + "-vat-none");
          assertPrintable(pdf, 1, 4);
          assertContainsAll(pdf, ru(v.totals().amount()), v.amountInWords(), REASON);
          assertTrue(pdf.contains("Без НДС") || pdf.contains("без НДС"), "Без НДС");
          assertContainsNone(pdf, "НДС (22%)", "НДС 22%", ru(d.totals().vat()), ru(d.totals().amount()));
        });
  }

  @TestFactory
  Stream<DynamicTest> vatIncludedEveryTemplateShowsTheIncludedVat() {
    return everyTemplateButUkd(
        (kind, d) -> {
          DocumentData v =
              SampleVariants.vatIncluded(
                  d, new BigDecimal("22"), new BigDecimal("30500.00"), "Шестьдесят одна тысяча рублей 00 копеек",
                  "Оплата по счёту № 2026-0012 от 26.11.2026. Сумма 61000-00, в т.ч. НДС (22%) 11000-00");
          RenderedPdf pdf = PACK.render(v, kind.name().toLowerCase() + "-vat-included");
          assertPrintable(pdf, 1, 4);
          assertEquals(new BigDecimal("11000.00"), v.totals().vat(), "22/122 of 61 000,00");
          assertContainsAll(pdf, ru(v.totals().amount()), ru(v.totals().vat()), v.amountInWords());
          switch (kind) {
            case UPD ->
                assertContainsAll(
                    pdf,
                    ru(v.totals().amountWithoutVat()),
                    ru(v.totals().amountWithoutVat().divide(v.lines().get(0).quantity())) + " "
                        + ru(v.totals().amountWithoutVat()));
            case CONTRACT -> assertContainsAll(pdf, "в том числе НДС 22% — " + ru(v.totals().vat()));
            default -> assertContainsAll(pdf, "В том числе НДС (22%): " + ru(v.totals().vat()));
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> zeroVatEveryTemplatePrintsTheZeroRate() {
    return everyTemplateButUkd(
        (kind, d) -> {
          DocumentData v =
              SampleVariants.vatZero(
                  d, "Шестьдесят тысяч рублей 00 копеек", "Оплата по счёту № 2026-0012 от 26.11.2026. НДС 0%");
          RenderedPdf pdf = PACK.render(v, kind.name().toLowerCase() + "-vat-zero");
          assertPrintable(pdf, 1, 4);
          assertContainsAll(pdf, ru(v.totals().amount()), v.amountInWords(), "0%", "0,00");
          assertContainsNone(pdf, "22%", "Без НДС", ru(d.totals().vat()));
          switch (kind) {
            case UPD -> assertContainsAll(pdf, "без акциза 0% 0,00 " + ru(v.totals().amount()));
            case CONTRACT -> assertContainsAll(pdf, "в том числе НДС 0% — 0,00 руб.");
            default -> assertContainsAll(pdf, "НДС (0%): 0,00");
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> bareDataLeavesNoEmptyLabels() {
    return PACK.eachTemplate(
        (kind, d) -> {
          DocumentData v = SampleVariants.bare(d, "ООО «Минимум»", "7707083893");
          RenderedPdf pdf = PACK.render(v, kind.name().toLowerCase() + "-bare");
          assertPrintable(pdf, 1, 4);
          assertContainsAll(pdf, "ООО «Минимум»");
          if (kind != DocumentKind.UKD) { // the УКД prints its correction's lines and no amount in words
            assertContainsAll(pdf, ru(v.totals().amount()), v.amountInWords());
          }
          assertContainsAll(
              pdf,
              switch (kind) {
                case UPD -> "ИНН/КПП покупателя: 7707083893 (6б)";
                case UKD -> "ИНН/КПП покупателя: 7707083893 (3б)";
                default -> "ИНН 7707083893";
              });
          assertContainsNone(pdf, "«»", "()", "null", "ИНН 7707083893, КПП", "7707083893/", "Адрес: ,", "от .");
        });
  }

  @TestFactory
  Stream<DynamicTest> soleTraderBuyerHasNoKppAndAnOgrnip() {
    return PACK.eachTemplate(
        (kind, d) -> {
          DocumentData.Party ip =
              SampleVariants.soleTrader(
                  "Индивидуальный предприниматель Соколов Пётр Ильич", "ИП Соколов П. И.",
                  "420111, г. Казань, ул. Баумана, д. 5", "Индивидуальный предприниматель",
                  "Соколов Пётр Ильич");
          DocumentData v = SampleVariants.withBuyer(d, ip);
          RenderedPdf pdf = PACK.render(v, kind.name().toLowerCase() + "-buyer-ip");
          assertPrintable(pdf, 1, 4);
          assertContainsNone(pdf, ip.inn() + "/", ip.inn() + ", КПП", "КПП ,", "ОГРН " + ip.ogrn());
          if (kind == DocumentKind.UPD) {
            assertContainsAll(pdf, "ИНН/КПП покупателя: " + ip.inn() + " (6б)");
          } else if (kind == DocumentKind.UKD) {
            assertContainsAll(pdf, "ИНН/КПП покупателя: " + ip.inn() + " (3б)");
          } else {
            assertContainsAll(pdf, "ИНН " + ip.inn());
            assertContainsAll(pdf, "ОГРНИП " + ip.ogrn());
          }
        });
  }

  @Test
  void updOfASoleTraderSellerIsSignedByTheEntrepreneurWithOgrnip() {
    DocumentData d = sample(DocumentKind.UPD);
    DocumentData.Party ip =
        SampleVariants.soleTrader(
            "Индивидуальный предприниматель Соколов Пётр Ильич", "ИП Соколов П. И.",
            "420111, г. Казань, ул. Баумана, д. 5", "Индивидуальный предприниматель", "Соколов Пётр Ильич");
    RenderedPdf pdf = PACK.render(SampleVariants.withSeller(d, ip), "upd-seller-ip");
    assertPrintable(pdf, 1, 2);
    assertContainsAll(pdf, "ИНН/КПП продавца: " + ip.inn() + " (2б)", "ОГРНИП " + ip.ogrn(), "Соколов П. И.");
  }

  @TestFactory
  Stream<DynamicTest> thirtyLinesBreakThePageAndKeepEveryLine() {
    return everyTemplateButUkd(
        (kind, d) -> {
          DocumentData v =
              SampleVariants.manyLines(
                  d, 30, "Мастер-класс", new BigDecimal("1000.00"), "Тридцать шесть тысяч шестьсот рублей 00 копеек",
                  "Оплата по счёту № 2026-0012 от 26.11.2026. Сумма 36600-00, в т.ч. НДС (22%) 6600-00");
          RenderedPdf pdf = PACK.render(v, kind.name().toLowerCase() + "-30-lines");
          assertPrintable(pdf, 2, 6);
          for (DocumentData.Line l : v.lines()) {
            assertContainsAll(pdf, l.name() + " ");
          }
          assertContainsAll(pdf, ru(v.totals().amount()), ru(v.totals().vat()), v.amountInWords());
          assertTrue(
              pdf.pageTexts().get(pdf.pages() - 1).contains("из " + pdf.pages()), "page numbers: Страница N из M");
        });
  }
}
