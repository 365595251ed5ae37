package dev.backoffice.packs.testkit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks every rendered document must pass, and amounts formatted the way a reader expects to find them. */
public final class PdfChecks {

  private PdfChecks() {}

  /**
   * Fails unless every font is embedded, FOP raised no warning (no overflowing line or table, no missing glyph), the
   * page count is within {@code minPages..maxPages} and no "#" placeholder for a missing glyph shows up.
   */
  public static void assertPrintable(RenderedPdf pdf, int minPages, int maxPages) {
    List<String> problems = new ArrayList<>();
    if (pdf.fonts().isEmpty()) {
      problems.add("no fonts in the PDF");
    }
    if (!pdf.fontsNotEmbedded().isEmpty()) {
      problems.add("fonts not embedded: " + pdf.fontsNotEmbedded());
    }
    for (String f : pdf.fonts()) {
      if (!f.contains("DejaVu")) {
        problems.add("a font that is not the pack's: " + f);
      }
    }
    if (!pdf.warnings().isEmpty()) {
      problems.add("FOP warnings: " + pdf.warnings());
    }
    if (pdf.pages() < minPages || pdf.pages() > maxPages) {
      problems.add("pages: " + pdf.pages() + ", expected " + minPages + ".." + maxPages);
    }
    if (pdf.text().contains("#")) {
      problems.add("a '#' in the text (missing glyph?)");
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("; ", problems));
    }
  }

  /** Fails with the missing ones listed unless the PDF's text contains every expected string. */
  public static void assertContainsAll(RenderedPdf pdf, String... expected) {
    List<String> missing = new ArrayList<>();
    for (String e : expected) {
      if (e == null || !pdf.contains(e)) {
        missing.add(e);
      }
    }
    if (!missing.isEmpty()) {
      throw new AssertionError("Missing in the PDF text: " + missing + "\n--- text ---\n" + pdf.text());
    }
  }

  /** Fails if the text contains any of the given strings. */
  public static void assertContainsNone(RenderedPdf pdf, String... unexpected) {
    for (String u : unexpected) {
      if (pdf.contains(u)) {
        throw new AssertionError("Unexpected in the PDF text: '" + u + "'\n--- text ---\n" + pdf.text());
      }
    }
  }

  /** 73200.00 -> "73 200,00" */
  public static String ru(BigDecimal amount) {
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
    s.setDecimalSeparator(',');
    s.setGroupingSeparator(' ');
    return new DecimalFormat("#,##0.00", s).format(amount);
  }

  /** 73200.00 -> "73,200.00" */
  public static String en(BigDecimal amount) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
  }

  /** 2026-11-26 -> "26.11.2026" */
  public static String ruDate(java.time.LocalDate date) {
    return String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
