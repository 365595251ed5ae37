package dev.backoffice.packs.en;

import static dev.backoffice.packs.testkit.PdfChecks.assertContainsAll;
import static dev.backoffice.packs.testkit.PdfChecks.assertContainsNone;
import static dev.backoffice.packs.testkit.PdfChecks.assertPrintable;
import static dev.backoffice.packs.testkit.PdfChecks.en;
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
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EnStandardPackTest {

  private static final PackUnderTest PACK = PackUnderTest.ofThisModule();

  @Test
  void descriptorDeclaresContractAndInvoiceInEnglish() {
    assertEquals("en-standard", PACK.id());
    // It needs only contract 1.0 (no корректировка, no genitive forms): a 1.0 pack keeps working on a 1.1 host.
    assertEquals("1.0", PACK.contractVersion());
    assertTrue(DocumentData.CONTRACT_VERSION.startsWith("1."));
    assertEquals(EnumSet.of(DocumentKind.CONTRACT, DocumentKind.INVOICE), PACK.kinds("en"));
    PACK.assertFonts("DejaVu Sans", "fonts/LICENSE-DejaVu.txt");
    PACK.assertStylesheetsStayInThePack();
  }

  @TestFactory
  Stream<DynamicTest> everyTemplateRendersTheSample() {
    return PACK.eachTemplate(
        (kind, d) -> {
          RenderedPdf pdf = PACK.render(d, kind.name().toLowerCase() + "-sample");
          assertPrintable(pdf, 1, kind == DocumentKind.CONTRACT ? 4 : 2);
          assertContainsAll(
              pdf,
              d.number(),
              d.seller().fullName(),
              d.buyer().fullName(),
              "INN (tax ID) " + d.seller().inn(),
              "KPP " + d.seller().kpp(),
              "INN (tax ID) " + d.buyer().inn(),
              "KPP " + d.buyer().kpp(),
              en(d.totals().amount()),
              "VAT 22%",
              en(d.totals().vat()),
              d.amountInWords(),
              d.seller().bank().account());
        });
  }

  @Test
  void invoiceHasBankDetailsTotalsReferenceAndDueDate() {
    DocumentData d = SampleDocuments.sample(DocumentKind.INVOICE, "en");
    RenderedPdf pdf = PACK.render(d);
    assertContainsAll(
        pdf,
        "Invoice No. " + d.number() + " dated 26 November 2026",
        "BIC (BIK): " + d.seller().bank().bik(),
        "Correspondent account: " + d.seller().bank().correspondentAccount(),
        "Subtotal: " + en(d.totals().amountWithoutVat()),
        "VAT 22%: " + en(d.totals().vat()),
        "Total due: RUB " + en(d.totals().amount()),
        "Payment due: 3 December 2026",
        d.paymentPurpose(),
        "Under Agreement No. " + d.contract().number(),
        d.seller().signatory().name());
  }

  @Test
  void contractNamesRepresentativesAndTheirAuthority() {
    DocumentData d = SampleDocuments.sample(DocumentKind.CONTRACT, "en");
    RenderedPdf pdf = PACK.render(d);
    assertContainsAll(
        pdf,
        "SERVICE AGREEMENT No. " + d.number(),
        "hereinafter the \"Contractor\"",
        "hereinafter the \"Customer\"",
        "represented by " + d.seller().signatory().position() + " " + d.seller().signatory().name()
            + ", acting under the Charter",
        "acting under Power of Attorney No. " + d.buyer().signatory().powerOfAttorneyNumber() + " dated 15 January 2026",
        "\"" + d.event().name() + "\"",
        "10 February 2027 – 11 February 2027",
        "within 5 (five) banking days",
        "governed by the law of the Russian Federation",
        d.participants().get(1).name());
  }

  @TestFactory
  Stream<DynamicTest> aCorrectionKeepsNumberAndDateAndSaysSo() {
    LocalDate fixedOn = LocalDate.of(2026, 12, 3);
    return PACK.eachTemplate(
        (kind, d) -> {
          RenderedPdf pdf = PACK.render(d.asFix(1, fixedOn), kind.name().toLowerCase() + "-fix");
          assertPrintable(pdf, 1, 4);
          assertContainsAll(pdf, d.number(), "Correction No. 1 dated 3 December 2026");
          String originalDate =
              d.date().getDayOfMonth() + " "
                  + d.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                  + d.date().getYear();
          assertContainsAll(pdf, originalDate);
        });
  }

  @TestFactory
  Stream<DynamicTest> withoutVat() {
    return PACK.eachTemplate(
        (kind, d) -> {
          String reason = "simplified tax system, Art. 346.11 of the Russian Tax Code";
          DocumentData v =
              SampleVariants.vatNone(
                  d, "no VAT", reason, "Sixty thousand roubles 00 kopecks", "Invoice 2026-0012, no VAT, 60000.00");
          RenderedPdf pdf = PACK.render(v, kind.name().toLowerCase() + "-vat-none");
          assertPrintable(pdf, 1, 4);
          assertContainsAll(pdf, "VAT not applicable", reason, en(v.totals().amount()), v.amountInWords());
          assertContainsNone(pdf, "VAT 22%", en(d.totals().amount()));
        });
  }

  @TestFactory
  Stream<DynamicTest> vatIncluded() {
    return PACK.eachTemplate(
        (kind, d) -> {
          DocumentData v =
              SampleVariants.vatIncluded(
                  d, new BigDecimal("22"), new BigDecimal("30500.00"), "Sixty-one thousand roubles 00 kopecks",
                  "Invoice 2026-0012, incl. VAT 22% 11000.00");
          RenderedPdf pdf = PACK.render(v, kind.name().toLowerCase() + "-vat-included");
          assertPrintable(pdf, 1, 4);
          assertContainsAll(pdf, "Including VAT 22%: " + en(v.totals().vat()), en(v.totals().amount()));
        });
  }

  @TestFactory
  Stream<DynamicTest> bareDataLeavesNoEmptyLabels() {
    return PACK.eachTemplate(
        (kind, d) -> {
          DocumentData v = SampleVariants.bare(d, "Minimum LLC", "7707083893");
          RenderedPdf pdf = PACK.render(v, kind.name().toLowerCase() + "-bare");
          assertPrintable(pdf, 1, 4);
          assertContainsAll(pdf, "Minimum LLC", "INN (tax ID) 7707083893", en(v.totals().amount()));
          assertContainsNone(pdf, "\"\"", "()", "null", "Event:", "Under Agreement");
          // the seller's address is printed as in the sample, the buyer's (absent) not at all
          assertEquals(PACK.render(d).count("Address:") / 2, pdf.count("Address:"), "Address labels");
        });
  }

  @TestFactory
  Stream<DynamicTest> soleTraderBuyer() {
    return PACK.eachTemplate(
        (kind, d) -> {
          DocumentData.Party ip =
              SampleVariants.soleTrader(
                  "Individual Entrepreneur Petr Sokolov", "IE Petr Sokolov", "5 Baumana St., Kazan 420111, Russia",
                  "Individual Entrepreneur", "Petr Sokolov");
          RenderedPdf pdf = PACK.render(SampleVariants.withBuyer(d, ip), kind.name().toLowerCase() + "-buyer-ip");
          assertPrintable(pdf, 1, 4);
          assertContainsAll(pdf, "INN (tax ID) " + ip.inn(), "OGRNIP " + ip.ogrn());
          assertContainsNone(pdf, ip.inn() + ", KPP", "OGRN " + ip.ogrn());
          // the buyer's KPP lines are gone and only those: the seller's remain
          int withKpp = PACK.render(d).count("KPP");
          assertEquals(withKpp / 2, pdf.count("KPP"), "KPP printed for the seller only");
        });
  }

  @TestFactory
  Stream<DynamicTest> thirtyLines() {
    return PACK.eachTemplate(
        (kind, d) -> {
          DocumentData v =
              SampleVariants.manyLines(
                  d, 30, "Workshop", new BigDecimal("1000.00"), "Thirty-six thousand six hundred roubles 00 kopecks",
                  "Invoice 2026-0012, incl. VAT 22% 6600.00");
          RenderedPdf pdf = PACK.render(v, kind.name().toLowerCase() + "-30-lines");
          assertPrintable(pdf, 2, 6);
          for (DocumentData.Line l : v.lines()) {
            assertContainsAll(pdf, l.name() + " ");
          }
          assertContainsAll(pdf, en(v.totals().amount()), en(v.totals().vat()), v.amountInWords());
          assertTrue(pdf.pageTexts().get(pdf.pages() - 1).contains("of " + pdf.pages()), "Page N of M");
        });
  }
}
