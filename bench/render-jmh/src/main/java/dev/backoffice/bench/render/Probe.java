package dev.backoffice.bench.render;

import dev.backoffice.infrastructure.rendering.PackRenderer;
import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.DocumentXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Logger;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.xmlgraphics.util.MimeConstants;

/**
 * A quick single-threaded probe for trying FOP settings before a JMH run: CPU ms and MB allocated per render of one
 * variant, and the extracted text (to compare variants). Not a benchmark: {@code java -cp target/benchmarks.jar
 * dev.backoffice.bench.render.Probe <variant> <doc> [renders]}; variants: plain, plain-nocs (complex scripts off),
 * plain-nokern (kerning off), plain-nozip (no stream compression: what deflate costs), product.
 */
public final class Probe {

  public static void main(String[] args) throws Exception {
    Logger.getLogger("org.apache.fop").setLevel(java.util.logging.Level.WARNING);
    String variant = args[0];
    String doc = args[1];
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    byte[] pack = Documents.pack();
    DocumentData data = Documents.of(doc);
    byte[] xml = DocumentXml.toBytes(data);
    Path dir = Documents.unpack(pack);
    Path xsl = dir.resolve("invoice".equals(doc) ? "xsl/invoice.xsl" : "xsl/contract.xsl");
    Templates templates = TransformerFactory.newInstance().newTemplates(new StreamSource(xsl.toFile()));
    String kerning = variant.equals("plain-nokern") ? "no" : "yes";
    String conf =
        "<fop version=\"1.0\"><renderers><renderer mime=\"application/pdf\"><fonts>"
            + "<font kerning=\"" + kerning + "\" embedding-mode=\"subset\" embed-url=\"fonts/DejaVuSans.ttf\">"
            + "<font-triplet name=\"DejaVu Sans\" style=\"normal\" weight=\"normal\"/></font>"
            + "<font kerning=\"" + kerning + "\" embedding-mode=\"subset\" embed-url=\"fonts/DejaVuSans-Bold.ttf\">"
            + "<font-triplet name=\"DejaVu Sans\" style=\"normal\" weight=\"bold\"/></font>"
            + "</fonts>"
            + (variant.equals("plain-nozip")
                ? "<filterList><value>null</value></filterList><filterList type=\"font\"><value>null</value></filterList>"
                    + "<filterList type=\"content\"><value>null</value></filterList>"
                : "")
            + "</renderer></renderers></fop>";
    FopFactoryBuilder b =
        new FopConfParser(new ByteArrayInputStream(conf.getBytes(StandardCharsets.UTF_8)), dir.toUri())
            .getFopFactoryBuilder();
    if (variant.equals("plain-nocs")) {
      b.setComplexScriptFeatures(false);
    }
    FopFactory factory = b.build();
    PackRenderer renderer = new PackRenderer(1);
    Render r =
        variant.equals("product")
            ? () -> renderer.render(pack, data).pdf()
            : () -> {
              ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
              FOUserAgent agent = factory.newFOUserAgent();
              Fop fop = agent.newFop(MimeConstants.MIME_PDF, pdf);
              templates
                  .newTransformer()
                  .transform(new StreamSource(new ByteArrayInputStream(xml)), new SAXResult(fop.getDefaultHandler()));
              return pdf.toByteArray();
            };
    byte[] last = null;
    for (int i = 0; i < n / 2; i++) {
      last = r.render();
    }
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    // product renders on its own pool thread: count the whole JVM's allocation and CPU for it
    long a0 = totalAllocated(mx);
    long c0 = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      last = r.render();
    }
    long t1 = System.nanoTime();
    long c1 = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    long a1 = totalAllocated(mx);
    System.out.printf(
        "%s %s: wall %.1f ms/op, process CPU %.1f ms/op, %.1f MB/op, %d bytes, text sha %s%n",
        variant, doc, (t1 - t0) / 1e6 / n, (c1 - c0) / 1e6 / n, (a1 - a0) / 1048576.0 / n, last.length,
        Integer.toHexString(Documents.text(last).hashCode()));
    renderer.close();
  }

  private static long totalAllocated(com.sun.management.ThreadMXBean mx) {
    long sum = 0;
    for (long id : mx.getAllThreadIds()) {
      long a = mx.getThreadAllocatedBytes(id);
      if (a > 0) {
        sum += a;
      }
    }
    return sum;
  }

  interface Render {
    byte[] render() throws Exception;
  }
}
