package dev.backoffice.infrastructure.rendering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.DocumentKind;
import dev.backoffice.plugin.api.document.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmlgraphics.util.MimeConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The pack's fonts are parsed once per render thread, and a render with them gives the same text as FOP's own font loading. */
class PackFontsTest {

  static final Path FONTS = Path.of("../plugins/template-packs/ru-standard/src/main/pack/fonts");
  static final PackRenderer RENDERER = new PackRenderer(PackRendererTest.TEST_LIMITS, 2);

  @AfterAll
  static void close() {
    RENDERER.close();
  }

  /** The test pack with the DejaVu faces of the Russian pack and a stylesheet that prints Cyrillic in both. */
  static byte[] packWithFonts() throws Exception {
    Map<String, byte[]> files =
        TestPacks.files(
            TestPacks.invoice(
                "<fo:block font-family='DejaVu Sans'>Счёт № <xsl:value-of select='d:number'/>,"
                    + " <fo:inline font-weight='bold'>итого <xsl:value-of select='d:totals/d:amount'/> руб.</fo:inline>"
                    + " «Финтех-форум» — AV To Wa Yo</fo:block>"));
    files.put(
        "pack.xml",
        TestPacks.DESCRIPTOR
            .replace(
                "<template ",
                "<font family='DejaVu Sans' file='fonts/DejaVuSans.ttf' weight='normal' style='normal'/>"
                    + "<font family='DejaVu Sans' file='fonts/DejaVuSans-Bold.ttf' weight='bold' style='normal'/>"
                    + "<template ")
            .getBytes(StandardCharsets.UTF_8));
    files.put("fonts/DejaVuSans.ttf", Files.readAllBytes(FONTS.resolve("DejaVuSans.ttf")));
    files.put("fonts/DejaVuSans-Bold.ttf", Files.readAllBytes(FONTS.resolve("DejaVuSans-Bold.ttf")));
    return TestPacks.zip(files);
  }

  /** FOP as configured for the pack, but loading and embedding its fonts itself (a LazyFont per font per render). */
  static byte[] renderWithFopsOwnFonts(CompiledPack pack) throws Exception {
    return renderWithFopsOwnFonts(pack, SampleDocuments.sample(DocumentKind.INVOICE, "en"));
  }

  static byte[] renderWithFopsOwnFonts(CompiledPack pack, DocumentData data) throws Exception {
    FopFactory factory = pack.newFopFactory(false);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    FOUserAgent agent = factory.newFOUserAgent();
    Fop fop = agent.newFop(MimeConstants.MIME_PDF, pdf);
    javax.xml.transform.Transformer t = pack.templates(data.kind(), data.locale()).newTransformer();
    t.setURIResolver(pack.resources);
    t.transform(
        new StreamSource(new ByteArrayInputStream(dev.backoffice.plugin.api.document.DocumentXml.toBytes(data))),
        new SAXResult(fop.getDefaultHandler()));
    return pdf.toByteArray();
  }

  /** Every embedded font program of a PDF, by its (subset) font name. */
  static Map<String, byte[]> embeddedFonts(byte[] pdf) throws Exception {
    Map<String, byte[]> fonts = new TreeMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          PDFontDescriptor d =
              font instanceof PDType0Font t0 ? t0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
          if (d != null && d.getFontFile2() != null) {
            fonts.put(font.getName(), d.getFontFile2().toByteArray());
          }
        }
      }
    }
    return fonts;
  }

  /** Each page's content stream, decoded. */
  static List<String> pageContents(byte[] pdf) throws Exception {
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        try (java.io.InputStream in = page.getContents()) {
          pages.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
      }
    }
    return pages;
  }

  /**
   * The product embeds the same font subsets as FOP, byte for byte, for every template of the built-in packs rendered
   * one after the other on one render thread (each document's glyphs differ; DejaVu builds "ё" and "й" from
   * composite glyphs, whose component indices FOP's subsetter rewrites in the buffer it reads), and again for the
   * first document at the end. The font files are read for embedding once per font, not per document.
   */
  @Test
  void embeddedSubsetsAreFopsOwnByteForByte() throws Exception {
    try (PackRenderer oneThread = new PackRenderer(PackRendererTest.TEST_LIMITS, 1)) {
      int documents = 0;
      for (byte[] archive : PdfATest.builtInPacks()) {
        CompiledPack pack = CompiledPack.compile(PackRenderer.sha256(archive), archive, false);
        List<DocumentData> samples = new ArrayList<>();
        for (PackDescriptor.TemplateFile t : pack.descriptor.templates()) {
          samples.add(SampleDocuments.sample(t.kind(), t.locale()));
        }
        samples.add(samples.get(0));
        for (DocumentData data : samples) {
          byte[] fops = renderWithFopsOwnFonts(pack, data);
          byte[] ours = oneThread.render(pack, data).pdf();
          // the same glyphs at the same places: the pages' content is the same (widths, kerning, line breaks)
          assertEquals(pageContents(fops), pageContents(ours), data.kind() + " " + data.locale() + " page content");
          Map<String, byte[]> expected = embeddedFonts(fops);
          Map<String, byte[]> actual = embeddedFonts(ours);
          assertFalse(expected.isEmpty(), data.kind() + " embeds fonts");
          assertEquals(expected.keySet(), actual.keySet(), data.kind() + " " + data.locale());
          for (String font : expected.keySet()) {
            assertArrayEquals(expected.get(font), actual.get(font), data.kind() + " " + data.locale() + " " + font);
          }
          documents++;
        }
        int reads = pack.fontEmbeddingReads.get();
        assertTrue(reads > 0 && reads <= pack.descriptor.fonts().size(), "font files read for embedding: " + reads);
      }
      assertTrue(documents >= 8, "documents compared: " + documents);
    }
  }

  @Test
  void fontsAreParsedOncePerPackAndRenderTheSameText() throws Exception {
    byte[] archive = packWithFonts();
    CompiledPack pack = CompiledPack.compile(PackRenderer.sha256(archive), archive, false);
    String expected = PackRendererTest.text(renderWithFopsOwnFonts(pack));
    assertTrue(expected.contains("Счёт № 2026-0012"), expected);
    assertTrue(expected.contains("итого 73200.00 руб."), expected);

    int parses = 0;
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 6; i++) {
        byte[] pdf = RENDERER.render(pack, SampleDocuments.sample(DocumentKind.INVOICE, "en")).pdf();
        assertEquals(expected, PackRendererTest.text(pdf));
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("DejaVuSans-Bold") && raw.contains("/FontFile2"), "both faces embedded");
      }
      if (round == 0) {
        parses = pack.fontParses.get();
      }
    }
    // two faces, parsed once by each of the renderer's (two) threads that rendered, then never again
    assertTrue(parses == 2 || parses == 4, "parses: " + parses);
    assertEquals(parses, pack.fontParses.get());
  }

  @Test
  void cyrillicTextIsTheSameWithoutComplexScripts() throws Exception {
    byte[] archive = packWithFonts();
    try (PackRenderer shaping = new PackRenderer(PackRendererTest.TEST_LIMITS, 1, true)) {
      String withShaping =
          PackRendererTest.text(shaping.render(archive, SampleDocuments.sample(DocumentKind.INVOICE, "en")).pdf());
      String without =
          PackRendererTest.text(RENDERER.render(archive, SampleDocuments.sample(DocumentKind.INVOICE, "en")).pdf());
      assertTrue(without.contains("Счёт № 2026-0012"), without);
      assertEquals(withShaping, without);
    }
  }
}
