package dev.backoffice.infrastructure.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.plugin.api.document.DocumentKind;
import dev.backoffice.plugin.api.document.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
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

  /** FOP as configured for the pack, but loading its fonts itself (a LazyFont per font per render). */
  static byte[] renderWithFopsOwnFonts(CompiledPack pack) throws Exception {
    FopFactory factory = pack.newFopFactory(false);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    FOUserAgent agent = factory.newFOUserAgent();
    Fop fop = agent.newFop(MimeConstants.MIME_PDF, pdf);
    javax.xml.transform.Transformer t = pack.templates(DocumentKind.INVOICE, "en").newTransformer();
    t.setURIResolver(pack.resources);
    t.transform(
        new StreamSource(new ByteArrayInputStream(dev.backoffice.plugin.api.document.DocumentXml.toBytes(
            SampleDocuments.sample(DocumentKind.INVOICE, "en")))),
        new SAXResult(fop.getDefaultHandler()));
    return pdf.toByteArray();
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
