package dev.backoffice.infrastructure.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.application.DocumentRenderer;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.DocumentKind;
import dev.backoffice.plugin.api.document.SampleDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackRendererTest {

  static final RenderLimits TEST_LIMITS = new RenderLimits(60_000, 5, 50_000, 1_000_000, 5L * 1024 * 1024);
  static final PackRenderer RENDERER = new PackRenderer(TEST_LIMITS, 2);
  /** Only for the time limit itself: a short one. */
  static final PackRenderer IMPATIENT =
      new PackRenderer(new RenderLimits(2_000, 5, 50_000, 1_000_000, 5L * 1024 * 1024), 1);

  @AfterAll
  static void close() {
    RENDERER.close();
    IMPATIENT.close();
  }

  static DocumentData invoice() {
    return SampleDocuments.sample(DocumentKind.INVOICE, "en");
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  static String refusal(byte[] pack) {
    return assertThrows(InvalidInputException.class, () -> RENDERER.inspect(pack)).code();
  }

  @Test
  void aValidPackIsInspectedAndRendersTheData() throws Exception {
    DocumentRenderer.PackInfo info = RENDERER.inspect(TestPacks.valid());
    assertEquals("test-pack", info.id());
    assertEquals("1.0.0", info.version());
    assertTrue(info.provides(DocumentKind.INVOICE, "en"));
    assertFalse(info.provides(DocumentKind.ACT, "en"));
    assertEquals(64, info.sha256().length());

    DocumentRenderer.Rendered r = RENDERER.render(TestPacks.valid(), invoice());
    assertEquals(1, r.pages());
    String text = text(r.pdf());
    assertTrue(text.contains("Invoice No. 2026-0012"), text);
    assertTrue(text.contains("INN 7707083893"), text);
    assertTrue(text.contains("INN 7701000019"), text);
    assertTrue(text.contains("Total 73200.00"), text);
    assertEquals(PackRenderer.sha256(r.pdf()), r.sha256());
  }

  @Test
  void aKindThePackLacksIsRefused() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> RENDERER.render(TestPacks.valid(), SampleDocuments.sample(DocumentKind.ACT, "en")));
    assertEquals("templatePack.noTemplate", e.code());
  }

  @Test
  void includingALocalFileOutsideThePackIsRefused() {
    assertEquals(
        "templatePack.stylesheetError",
        refusal(TestPacks.withInvoice(TestPacks.invoice("", "<xsl:include href='file:///etc/passwd'/>", ""))));
    assertEquals(
        "templatePack.stylesheetError",
        refusal(TestPacks.withInvoice(TestPacks.invoice("", "<xsl:import href='../../../../etc/hostname'/>", ""))));
  }

  @Test
  void documentOnALocalFileOrUrlIsRefusedAndNothingIsRead() {
    for (String target : List.of("file:///etc/passwd", "/etc/passwd", "http://127.0.0.1:9/x.xml", "jar:file:/x!/y")) {
      byte[] pack =
          TestPacks.withInvoice(
              TestPacks.invoice("<fo:block><xsl:value-of select=\"document('" + target + "')\"/></fo:block>"));
      String code = refusal(pack);
      assertEquals("templatePack.renderFailed", code, target);
    }
  }

  @Test
  void aJavaExtensionFunctionIsRefusedAndRunsNothing(@TempDir Path dir) {
    Path marker = dir.resolve("pwned");
    String ns =
        "xmlns:rt='http://xml.apache.org/xalan/java/java.lang.Runtime'"
            + " xmlns:jf='http://xml.apache.org/xalan/java/java.io.File'";
    String body =
        "<fo:block><xsl:value-of select=\"rt:exec(rt:getRuntime(), 'touch " + marker + "')\"/></fo:block>"
            + "<fo:block><xsl:value-of select=\"jf:createNewFile(jf:new('" + marker + "'))\"/></fo:block>";
    String code = refusal(TestPacks.withInvoice(TestPacks.invoice(ns, "", body)));
    assertTrue(code.equals("templatePack.stylesheetError") || code.equals("templatePack.renderFailed"), code);
    assertFalse(Files.exists(marker), "the extension function ran");
  }

  @Test
  void aFileImageOrAnyResourceWithASchemeIsRefused() {
    for (String src : List.of("file:///etc/hosts", "url('file:///etc/hosts')", "http://127.0.0.1:9/a.png",
        "data:image/png;base64,AAAA", "jar:file:/x.jar!/a.png")) {
      String code =
          refusal(TestPacks.withInvoice(TestPacks.invoice("<fo:block><fo:external-graphic src=\"" + src + "\"/></fo:block>")));
      assertEquals("templatePack.externalResource", code, src);
    }
  }

  @Test
  void anImagePathOutsideThePackFindsNothing() {
    String code =
        refusal(
            TestPacks.withInvoice(
                TestPacks.invoice("<fo:block><fo:external-graphic src=\"../../../../etc/hosts\"/></fo:block>")));
    assertEquals("templatePack.renderFailed", code);
  }

  @Test
  void linksToLocalFilesOrScriptsAreDroppedAndWebLinksKept() throws Exception {
    String body =
        "<fo:block><fo:basic-link external-destination=\"file:///etc/passwd\">a</fo:basic-link></fo:block>"
            + "<fo:block><fo:basic-link external-destination=\"url('javascript:alert(1)')\">b</fo:basic-link></fo:block>"
            + "<fo:block><fo:basic-link external-destination=\"url('https://example.org/terms')\">c</fo:basic-link></fo:block>";
    byte[] pack = TestPacks.withInvoice(TestPacks.invoice(body));
    RENDERER.inspect(pack);
    byte[] pdf = RENDERER.render(pack, invoice()).pdf();
    List<String> uris = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
    }
    assertEquals(List.of("https://example.org/terms"), uris);
    assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains("javascript"));
  }

  @Test
  void foreignObjectsAndFopFileEmbeddingAreRefused() {
    assertEquals(
        "templatePack.forbiddenElement",
        refusal(
            TestPacks.withInvoice(
                TestPacks.invoice(
                    "<fo:block><fo:instream-foreign-object><svg xmlns='http://www.w3.org/2000/svg'/>"
                        + "</fo:instream-foreign-object></fo:block>"))));
    assertEquals(
        "templatePack.forbiddenElement",
        refusal(
            TestPacks.withInvoice(
                TestPacks.invoice(
                    "xmlns:fox='http://xmlgraphics.apache.org/fop/extensions'", "",
                    "<fo:block><fox:external-document src='a.pdf'/></fo:block>"))));
  }

  @Test
  void endlessRecursionFailsTheRender() {
    String top =
        "<xsl:template name='loop'><xsl:param name='n'/><fo:block><xsl:value-of select='$n'/></fo:block>"
            + "<xsl:call-template name='loop'><xsl:with-param name='n' select='$n + 1'/></xsl:call-template>"
            + "</xsl:template>";
    String code =
        refusal(TestPacks.withInvoice(TestPacks.invoice("", top, "<xsl:call-template name='loop'><xsl:with-param name='n' select='1'/></xsl:call-template>")));
    assertTrue(
        code.equals("templatePack.tooBig") || code.equals("templatePack.renderFailed")
            || code.equals("templatePack.renderTimeout"),
        code);
  }

  @Test
  void aStylesheetThatComputesForeverIsStoppedAtTheTimeLimit() {
    // 2^40 calls and no output: only the time limit can stop it.
    String top =
        "<xsl:template name='burn'><xsl:param name='d'/><xsl:if test='$d &gt; 0'>"
            + "<xsl:variable name='a'><xsl:call-template name='burn'><xsl:with-param name='d' select='$d - 1'/></xsl:call-template></xsl:variable>"
            + "<xsl:variable name='b'><xsl:call-template name='burn'><xsl:with-param name='d' select='$d - 1'/></xsl:call-template></xsl:variable>"
            + "<xsl:value-of select='string-length($a) + string-length($b)'/></xsl:if></xsl:template>";
    long start = System.nanoTime();
    String code =
        assertThrows(InvalidInputException.class, () -> IMPATIENT.inspect(TestPacks.withInvoice(TestPacks.invoice("", top, "<fo:block><xsl:call-template name='burn'><xsl:with-param name='d' select='40'/></xsl:call-template></fo:block>"))))
            .code();
    assertEquals("templatePack.renderTimeout", code);
    // the renderer's only thread was stopped and replaced: it still works
    IMPATIENT.inspect(TestPacks.valid());
    assertTrue(System.nanoTime() - start > 1_000_000_000L);
  }

  @Test
  void tooManyPagesIsRefused() {
    String body =
        "<xsl:for-each select='(//node())[position() &lt; 40]'><fo:block break-before='page'>page</fo:block></xsl:for-each>";
    assertEquals("templatePack.tooManyPages", refusal(TestPacks.withInvoice(TestPacks.invoice(body))));
  }

  @Test
  void archiveProblemsAreRefusedWithTheirReason() {
    Map<String, byte[]> slip = TestPacks.files(TestPacks.invoice(""));
    slip.put("../evil.xsl", new byte[] {1});
    assertEquals("templatePack.badPath", refusal(TestPacks.zip(slip)));

    Map<String, byte[]> absolute = TestPacks.files(TestPacks.invoice(""));
    absolute.put("/etc/evil.xsl", new byte[] {1});
    assertEquals("templatePack.badPath", refusal(TestPacks.zip(absolute)));

    Map<String, byte[]> svg = TestPacks.files(TestPacks.invoice(""));
    svg.put("img/logo.svg", "<svg/>".getBytes(StandardCharsets.UTF_8));
    assertEquals("templatePack.fileType", refusal(TestPacks.zip(svg)));

    Map<String, byte[]> many = TestPacks.files(TestPacks.invoice(""));
    for (int i = 0; i < PackArchive.MAX_ENTRIES; i++) {
      many.put("txt/" + i + ".txt", new byte[] {1});
    }
    assertEquals("templatePack.tooManyEntries", refusal(TestPacks.zip(many)));

    Map<String, byte[]> bomb = TestPacks.files(TestPacks.invoice(""));
    bomb.put("txt/zeros.txt", new byte[PackArchive.MAX_FILE_BYTES + 1]);
    byte[] bombZip = TestPacks.zip(bomb);
    assertTrue(bombZip.length < 100_000, "compresses well");
    assertEquals("templatePack.entryTooLarge", refusal(bombZip));

    assertEquals("templatePack.notAZip", refusal("not a zip".getBytes(StandardCharsets.UTF_8)));

    Map<String, byte[]> noDescriptor = TestPacks.files(TestPacks.invoice(""));
    noDescriptor.remove("pack.xml");
    assertEquals("templatePack.noDescriptor", refusal(TestPacks.zip(noDescriptor)));

    Map<String, byte[]> xxe = TestPacks.files(TestPacks.invoice(""));
    xxe.put(
        "pack.xml",
        ("<!DOCTYPE t [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>" + TestPacks.DESCRIPTOR.replace("<name>Test", "<name>&x;"))
            .getBytes(StandardCharsets.UTF_8));
    assertEquals("templatePack.badDescriptor", refusal(TestPacks.zip(xxe)));

    Map<String, byte[]> future = TestPacks.files(TestPacks.invoice(""));
    future.put("pack.xml", TestPacks.DESCRIPTOR.replace("contractVersion='1.0'", "contractVersion='2.0'").getBytes(StandardCharsets.UTF_8));
    assertEquals("templatePack.contractVersion", refusal(TestPacks.zip(future)));

    Map<String, byte[]> missing = TestPacks.files(TestPacks.invoice(""));
    missing.remove("xsl/invoice.xsl");
    assertEquals("templatePack.missingFile", refusal(TestPacks.zip(missing)));

    assertEquals(
        "templatePack.stylesheetError", refusal(TestPacks.withInvoice("<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'><xsl:template match='/'><xsl:bogus/></xsl:template></xsl:stylesheet>")));
  }

  @Test
  void aPackZippedWithItsFolderIsAccepted() {
    Map<String, byte[]> nested = new java.util.LinkedHashMap<>();
    TestPacks.files(TestPacks.invoice("")).forEach((k, v) -> nested.put("my-pack/" + k, v));
    assertEquals("test-pack", RENDERER.inspect(TestPacks.zip(nested)).id());
  }

  @Test
  void concurrentRendersAllSucceedWithTheSameText() throws Exception {
    byte[] pack = TestPacks.valid();
    String expected = text(RENDERER.render(pack, invoice()).pdf());
    ExecutorService callers = Executors.newFixedThreadPool(6);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 48; i++) {
        results.add(callers.submit(() -> text(RENDERER.render(pack, invoice()).pdf())));
      }
      for (Future<String> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      callers.shutdownNow();
    }
  }
}
