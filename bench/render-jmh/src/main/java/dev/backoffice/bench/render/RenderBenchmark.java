package dev.backoffice.bench.render;

import dev.backoffice.application.DocumentRenderer;
import dev.backoffice.infrastructure.rendering.PackRenderer;
import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.DocumentXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.xmlgraphics.util.MimeConstants;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Renders of the ru-standard pack: a one-page invoice and a ~10-page contract, three ways in the same run.
 *
 * <ul>
 *   <li>{@code naive}: a new FopFactory (same fonts: the pack's DejaVu, subset embedding) and an uncompiled
 *       Transformer per document;
 *   <li>{@code plainCached}: one FopFactory shared by all threads and compiled Templates, FOP's default settings, no
 *       guard, FOP's and XSLT's own file resolution (the pack unpacked into a temporary folder);
 *   <li>{@code product}: {@link PackRenderer#render(byte[], DocumentData)} as shipped (secure XSLT, pack-only
 *       resolvers, the guard, limits, its own render threads).
 * </ul>
 *
 * Threads are chosen on the command line ({@code -t 1}, {@code -t 2}); {@code -prof gc} gives allocation per op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RenderBenchmark {

  @Param({"invoice", "contract"})
  public String doc;

  private byte[] pack;
  private byte[] xml;
  private DocumentData data;
  private Path dir;
  private Path stylesheet;
  private byte[] fopConfig;
  private FopFactory sharedFactory;
  private Templates templates;
  private PackRenderer renderer;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Logger.getLogger("org.apache.fop").setLevel(java.util.logging.Level.WARNING);
    Logger.getLogger("org.apache.xmlgraphics").setLevel(java.util.logging.Level.WARNING);
    pack = Documents.pack();
    data = Documents.of(doc);
    xml = DocumentXml.toBytes(data);
    dir = Documents.unpack(pack);
    stylesheet = dir.resolve("invoice".equals(doc) ? "xsl/invoice.xsl" : "xsl/contract.xsl");
    fopConfig = fopConfig().getBytes(StandardCharsets.UTF_8);
    sharedFactory = newFopFactory();
    templates = TransformerFactory.newInstance().newTemplates(new StreamSource(stylesheet.toFile()));
    renderer = new PackRenderer(2);

    // every way renders the same document, and the contract is ~10 pages
    DocumentRenderer.Rendered r = renderer.render(pack, data);
    byte[] naive = naive();
    byte[] plain = plainCached();
    int expected = "invoice".equals(doc) ? 1 : 10;
    int[] pages = {r.pages(), Documents.pages(naive), Documents.pages(plain)};
    for (int p : pages) {
      if (Math.abs(p - expected) > ("invoice".equals(doc) ? 0 : 1)) {
        throw new IllegalStateException(doc + ": expected ~" + expected + " pages, got " + java.util.Arrays.toString(pages));
      }
    }
    String text = Documents.text(r.pdf());
    if (!text.equals(Documents.text(naive)) || !text.equals(Documents.text(plain))) {
      throw new IllegalStateException(doc + ": the baselines' text differs from the product's");
    }
    System.out.println("# " + doc + ": " + r.pages() + " pages, " + r.pdf().length + " bytes (product), "
        + plain.length + " bytes (plain cached)");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    renderer.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The product's FOP configuration, but with file URLs relative to the unpacked pack and no other setting. */
  private static String fopConfig() {
    return "<fop version=\"1.0\"><renderers><renderer mime=\"application/pdf\"><fonts>"
        + "<font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"fonts/DejaVuSans.ttf\">"
        + "<font-triplet name=\"DejaVu Sans\" style=\"normal\" weight=\"normal\"/></font>"
        + "<font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"fonts/DejaVuSans-Bold.ttf\">"
        + "<font-triplet name=\"DejaVu Sans\" style=\"normal\" weight=\"bold\"/></font>"
        + "</fonts></renderer></renderers></fop>";
  }

  private FopFactory newFopFactory() throws Exception {
    return new FopConfParser(new ByteArrayInputStream(fopConfig), dir.toUri()).getFopFactoryBuilder().build();
  }

  private static byte[] render(FopFactory factory, Transformer transformer, byte[] xml) throws Exception {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    FOUserAgent agent = factory.newFOUserAgent();
    Fop fop = agent.newFop(MimeConstants.MIME_PDF, pdf);
    transformer.transform(new StreamSource(new ByteArrayInputStream(xml)), new SAXResult(fop.getDefaultHandler()));
    return pdf.toByteArray();
  }

  @Benchmark
  public byte[] naive() throws Exception {
    Transformer t = TransformerFactory.newInstance().newTransformer(new StreamSource(stylesheet.toFile()));
    return render(newFopFactory(), t, xml);
  }

  @Benchmark
  public byte[] plainCached() throws Exception {
    return render(sharedFactory, templates.newTransformer(), xml);
  }

  @Benchmark
  public byte[] product() {
    return renderer.render(pack, data).pdf();
  }
}
