package dev.backoffice.packs.testkit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A rendered PDF read back with PDFBox: its text (no-break and narrow spaces turned into plain spaces, runs of blanks
 * into one), page count and sizes, the fonts it uses and the FOP warnings raised while rendering.
 *
 * @param pdf the bytes
 * @param text all text, pages in order
 * @param pageTexts the text of each page
 * @param landscape whether the first page is wider than high
 * @param fonts "name embedded|NOT EMBEDDED" for every font on every page
 * @param fontsNotEmbedded names of fonts that are not embedded
 * @param warnings FOP events of severity WARN or worse (overflowing lines, missing glyphs, …)
 */
public record RenderedPdf(
    byte[] pdf,
    String text,
    List<String> pageTexts,
    boolean landscape,
    List<String> fonts,
    List<String> fontsNotEmbedded,
    List<String> warnings) {

  public int pages() {
    return pageTexts.size();
  }

  static RenderedPdf read(byte[] pdf, List<String> warnings) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> pageTexts = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pageTexts.add(normalize(stripper.getText(doc)));
      }
      List<String> fonts = new ArrayList<>();
      List<String> notEmbedded = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (COSName name : res.getFontNames()) {
          PDFont font = res.getFont(name);
          String label = font.getName() + (font.isEmbedded() ? " embedded" : " NOT EMBEDDED");
          if (!fonts.contains(label)) {
            fonts.add(label);
          }
          if (!font.isEmbedded() && !notEmbedded.contains(font.getName())) {
            notEmbedded.add(font.getName());
          }
        }
      }
      var box = doc.getPage(0).getMediaBox();
      return new RenderedPdf(
          pdf,
          String.join("\n", pageTexts),
          List.copyOf(pageTexts),
          box.getWidth() > box.getHeight(),
          List.copyOf(fonts),
          List.copyOf(notEmbedded),
          List.copyOf(warnings));
    } catch (IOException e) {
      throw new IllegalStateException("Not a readable PDF: " + e, e);
    }
  }

  /** Same-looking spaces become one plain space, so tests can search for "73 200,00". */
  static String normalize(String s) {
    return s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').replaceAll("[ \\t]+", " ");
  }

  /** Whether the text contains {@code s} (normalized the same way), also when a line break falls inside it. */
  public boolean contains(String s) {
    String needle = normalize(s);
    return text.contains(needle) || text.replaceAll("\\s+", " ").contains(needle.replaceAll("\\s+", " "));
  }

  /** How many times {@code what} occurs in the text. */
  public int count(String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
