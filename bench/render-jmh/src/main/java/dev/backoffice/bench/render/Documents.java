package dev.backoffice.bench.render;

import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.DocumentKind;
import dev.backoffice.plugin.api.document.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The documents and the pack the benchmarks render. */
final class Documents {

  /** Lines in the specification and participants of the big contract; together they make ~10 pages. */
  static final int CONTRACT_LINES = 75;

  static final int CONTRACT_PARTICIPANTS = 190;

  private Documents() {}

  /** The shipped ru-standard pack: {@code -Dbench.pack=…}, else target/packs/ru-standard.jar (copied by the build). */
  static byte[] pack() {
    Path p = Path.of(System.getProperty("bench.pack", "target/packs/ru-standard.jar"));
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException("No pack at " + p.toAbsolutePath() + " (run bench/render-jmh/run.sh)", e);
    }
  }

  static DocumentData invoice() {
    return SampleDocuments.sample(DocumentKind.INVOICE, "ru");
  }

  /**
   * The sample contract grown to ~10 pages: {@value #CONTRACT_LINES} specification lines and
   * {@value #CONTRACT_PARTICIPANTS} named participants, totals consistent with the lines.
   */
  static DocumentData contract() {
    DocumentData s = SampleDocuments.sample(DocumentKind.CONTRACT, "ru");
    List<DocumentData.Line> lines = new ArrayList<>();
    BigDecimal net = BigDecimal.ZERO;
    BigDecimal vat = BigDecimal.ZERO;
    for (int i = 1; i <= CONTRACT_LINES; i++) {
      BigDecimal qty = BigDecimal.valueOf(1 + i % 4);
      BigDecimal price = new BigDecimal("30000.00").add(BigDecimal.valueOf(i * 150L));
      BigDecimal sum = price.multiply(qty).setScale(2, RoundingMode.HALF_UP);
      BigDecimal v = sum.multiply(new BigDecimal("0.22")).setScale(2, RoundingMode.HALF_UP);
      net = net.add(sum);
      vat = vat.add(v);
      lines.add(
          new DocumentData.Line(
              i,
              "Участие в конференции «Финтех-форум 2027», секция № " + i + " (пакет «Стандарт», раздаточные материалы)",
              "792",
              "чел.",
              qty,
              price,
              sum,
              "22%",
              v,
              sum.add(v)));
    }
    List<DocumentData.Participant> people = new ArrayList<>();
    for (int i = 1; i <= CONTRACT_PARTICIPANTS; i++) {
      people.add(
          new DocumentData.Participant(
              "Участник Номер" + i + " Иванович", i % 2 == 0 ? "Руководитель проектов" : "Финансовый аналитик",
              "p" + i + "@sberbank.example"));
    }
    return new DocumentData(
        s.kind(),
        s.locale(),
        s.number(),
        s.date(),
        s.correction(),
        s.currency(),
        s.seller(),
        s.buyer(),
        s.event(),
        s.contract(),
        s.invoice(),
        lines,
        s.vat(),
        new DocumentData.Totals(net, vat, net.add(vat)),
        "Сумма прописью для теста производительности",
        s.paymentPurpose(),
        s.paymentDue(),
        people);
  }

  static DocumentData of(String doc) {
    return switch (doc) {
      case "invoice" -> invoice();
      case "contract" -> contract();
      default -> throw new IllegalArgumentException(doc);
    };
  }

  /** The pack unpacked into a temporary folder (for the baselines, which use FOP's and XSLT's file resolution). */
  static Path unpack(byte[] zip) throws IOException {
    Path dir = Files.createTempDirectory("render-jmh-pack");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.isDirectory() || e.getName().startsWith("META-INF/")) {
          continue;
        }
        Path to = dir.resolve(e.getName()).normalize();
        if (!to.startsWith(dir)) {
          throw new IOException("bad entry " + e.getName());
        }
        Files.createDirectories(to.getParent());
        Files.write(to, in.readAllBytes());
      }
    }
    return dir;
  }

  static int pages(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return d.getNumberOfPages();
    }
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    }
  }
}
