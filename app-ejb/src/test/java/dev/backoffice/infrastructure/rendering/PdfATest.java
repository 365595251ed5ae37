package dev.backoffice.infrastructure.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.application.DocumentRenderer;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * PDF/A-1b output: every template of the built-in packs, rendered as they ship, passes PDFBox's PDF/A-1b preflight
 * validation; a pack that cannot comply (no embedded font) is refused with the reason instead of giving a PDF that
 * only claims to be PDF/A.
 */
class PdfATest {

  /** The built-in packs on the test class path: their jars, or their classes folders in a reactor build. */
  static List<byte[]> builtInPacks() throws Exception {
    List<byte[]> packs = new ArrayList<>();
    for (URL url : Collections.list(PdfATest.class.getClassLoader().getResources("pack.xml"))) {
      if ("jar".equals(url.getProtocol())) {
        URL jar = ((JarURLConnection) url.openConnection()).getJarFileURL();
        try (InputStream in = jar.openStream()) {
          packs.add(in.readAllBytes());
        }
      } else {
        packs.add(zip(Path.of(url.toURI()).getParent()));
      }
    }
    return packs;
  }

  private static byte[] zip(Path root) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(root.relativize(f).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static ValidationResult validate(byte[] pdf) throws IOException {
    PreflightParser parser = new PreflightParser(new RandomAccessReadBuffer(pdf));
    try (PDDocument document = parser.parse()) {
      return ((org.apache.pdfbox.preflight.PreflightDocument) document).validate();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBuiltInTemplateIsValidPdfA1b() throws Exception {
    List<byte[]> packs = builtInPacks();
    assertEquals(2, packs.size(), "ru-standard and en-standard are on the test class path");
    List<DynamicTest> tests = new ArrayList<>();
    for (byte[] pack : packs) {
      DocumentRenderer.PackInfo info = PackRendererTest.RENDERER.inspect(pack);
      for (DocumentRenderer.Template t : info.templates()) {
        tests.add(
            DynamicTest.dynamicTest(
                info.id() + " " + t.kind() + " " + t.locale(),
                () -> {
                  DocumentData data = SampleDocuments.sample(t.kind(), t.locale());
                  byte[] pdf = PackRendererTest.RENDERER.render(pack, data, true).pdf();
                  ValidationResult result = validate(pdf);
                  assertTrue(
                      result.isValid(),
                      () ->
                          result.getErrorsList().stream()
                              .map(e -> e.getErrorCode() + " " + e.getDetails())
                              .limit(10)
                              .toList()
                              .toString());
                  try (PDDocument d = Loader.loadPDF(pdf)) {
                    String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
                    assertTrue(xmp.contains("pdfaid:part") && xmp.contains("1"), xmp);
                  }
                  // Without PDF/A the same render is a plain PDF, which preflight does not accept.
                  byte[] plain = PackRendererTest.RENDERER.render(pack, data, false).pdf();
                  assertTrue(!validate(plain).isValid(), "the check can fail");
                  // PDF/A keeps the sRGB profile (its output intent); a plain PDF leaves it out (same pixels, 3 KB less)
                  assertTrue(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("/DefaultRGB"));
                  assertTrue(!new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1).contains("/DefaultRGB"));
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void aPackWithoutEmbeddedFontsIsRefusedNotMislabelled() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> PackRendererTest.RENDERER.render(TestPacks.valid(), PackRendererTest.invoice(), true));
    assertEquals("templatePack.renderFailed", e.code());
  }
}
