package dev.backoffice.packs.testkit;

import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.DocumentKind;
import dev.backoffice.plugin.api.document.DocumentXml;
import dev.backoffice.plugin.api.document.SampleDocuments;
import dev.backoffice.plugin.api.document.TemplatePackFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.URIResolver;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.junit.jupiter.api.DynamicTest;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A template pack unpacked in a directory (a pack module's {@code target/classes}), rendered under the restrictions
 * the host applies: the descriptor is validated against {@code template-pack-1.xsd}; XSLT runs in the JDK's XSLTC with
 * secure processing, no external DTDs or stylesheets and a URIResolver that serves only files of the pack; FOP gets
 * only the pack's fonts (embedded) and a ResourceResolver that reads only the pack.
 */
public final class PackUnderTest {

  /** A template as the descriptor declares it. */
  public record Template(DocumentKind kind, String locale, String stylesheet) {}

  /** A font as the descriptor declares it. */
  public record Font(String family, String file, String weight, String style) {}

  private final Path root;
  private final String id;
  private final String version;
  private final String contractVersion;
  private final List<Template> templates;
  private final List<Font> fonts;
  private final FopFactory fopFactory;
  private final Map<String, Templates> compiled = new ConcurrentHashMap<>();

  private PackUnderTest(Path root) throws Exception {
    this.root = root.toRealPath();
    Path descriptor = this.root.resolve(TemplatePackFormat.DESCRIPTOR);
    validateDescriptor(descriptor);
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
    dbf.setNamespaceAware(true);
    dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element pack = dbf.newDocumentBuilder().parse(descriptor.toFile()).getDocumentElement();
    id = pack.getAttribute("id");
    version = pack.getAttribute("version");
    contractVersion = pack.getAttribute("contractVersion");
    List<Template> ts = new ArrayList<>();
    NodeList tn = pack.getElementsByTagNameNS(TemplatePackFormat.NAMESPACE, "template");
    for (int i = 0; i < tn.getLength(); i++) {
      Element e = (Element) tn.item(i);
      ts.add(
          new Template(
              DocumentKind.valueOf(e.getAttribute("kind")), e.getAttribute("locale"), e.getAttribute("stylesheet")));
    }
    templates = List.copyOf(ts);
    List<Font> fs = new ArrayList<>();
    NodeList fn = pack.getElementsByTagNameNS(TemplatePackFormat.NAMESPACE, "font");
    for (int i = 0; i < fn.getLength(); i++) {
      Element e = (Element) fn.item(i);
      fs.add(
          new Font(
              e.getAttribute("family"),
              e.getAttribute("file"),
              e.getAttribute("weight").isEmpty() ? "normal" : e.getAttribute("weight"),
              e.getAttribute("style").isEmpty() ? "normal" : e.getAttribute("style")));
    }
    fonts = List.copyOf(fs);
    fopFactory = newFopFactory();
  }

  /** Opens the pack in {@code dir}; fails if the descriptor is not valid against the schema. */
  public static PackUnderTest open(Path dir) {
    try {
      return new PackUnderTest(dir);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot open the pack in " + dir + ": " + e, e);
    }
  }

  /** The pack a pack module builds: the directory in the system property {@code pack.dir} (set by the pom). */
  public static PackUnderTest ofThisModule() {
    return open(Path.of(System.getProperty("pack.dir", "target/classes")));
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String contractVersion() {
    return contractVersion;
  }

  public Path root() {
    return root;
  }

  public List<Template> templates() {
    return templates;
  }

  public List<Font> fonts() {
    return fonts;
  }

  /** The kinds the pack provides in {@code locale}. */
  public Set<DocumentKind> kinds(String locale) {
    return templates.stream().filter(t -> t.locale().equals(locale)).map(Template::kind).collect(Collectors.toSet());
  }

  /**
   * One dynamic test per template of the pack, named after its kind and locale, given the kind and the sample
   * document for that kind and locale ({@code SampleDocuments.sample}).
   */
  public Stream<DynamicTest> eachTemplate(BiConsumer<DocumentKind, DocumentData> test) {
    return templates.stream()
        .map(
            t ->
                DynamicTest.dynamicTest(
                    t.kind() + "/" + t.locale(),
                    () -> test.accept(t.kind(), SampleDocuments.sample(t.kind(), t.locale()))));
  }

  /**
   * Fails unless every declared font is of {@code family} and its file is in the pack, there is a bold face and the
   * licence file is there.
   */
  public void assertFonts(String family, String licence) {
    if (fonts.stream().noneMatch(f -> f.weight().equals("bold"))) {
      throw new AssertionError("no bold face declared");
    }
    for (Font f : fonts) {
      if (!f.family().equals(family) || !Files.isRegularFile(root.resolve(f.file()))) {
        throw new AssertionError("font " + f + ": not " + family + " or no such file in the pack");
      }
    }
    if (!Files.isRegularFile(root.resolve(licence))) {
      throw new AssertionError("no font licence at " + licence);
    }
  }

  /**
   * Fails unless every stylesheet in the pack keeps to what the host allows: xsl:include/xsl:import only of files in
   * the pack by relative path, no document(), no extension namespaces or elements, no FOP extensions, no foreign
   * objects or external graphics, links only to https: or mailto:.
   */
  public void assertStylesheetsStayInThePack() {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".xsl")).toList()) {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element top = dbf.newDocumentBuilder().parse(f.toFile()).getDocumentElement();
        if (!top.getAttribute("extension-element-prefixes").isEmpty()) {
          problems.add(f.getFileName() + ": extension-element-prefixes");
        }
        NodeList all = top.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
          Element e = (Element) all.item(i);
          String ns = String.valueOf(e.getNamespaceURI());
          String name = e.getLocalName();
          String where = f.getFileName() + ": <" + e.getTagName() + ">";
          if (ns.equals("http://www.w3.org/1999/XSL/Transform") && (name.equals("include") || name.equals("import"))) {
            String href = e.getAttribute("href");
            if (href.contains(":") || href.startsWith("/") || !f.getParent().resolve(href).normalize().startsWith(root)) {
              problems.add(where + " href=" + href);
            }
          }
          if (ns.equals("http://www.w3.org/1999/XSL/Format")
              && (name.equals("instream-foreign-object") || name.equals("external-graphic"))) {
            problems.add(where);
          }
          String link = e.getAttribute("external-destination");
          if (!link.isEmpty() && !link.matches("(?s).*(https:|mailto:).*")) {
            problems.add(where + " external-destination=" + link);
          }
          if (!ns.startsWith("http://www.w3.org/") && !ns.equals(DocumentData.NAMESPACE)) {
            problems.add(where + " in namespace " + ns);
          }
          for (String attr : List.of("select", "test", "use", "value")) {
            if (e.getAttribute(attr).replace(" ", "").contains("document(")) {
              problems.add(where + " calls document()");
            }
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the stylesheets: " + e, e);
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("Stylesheets leave the pack: " + problems);
    }
  }

  /** Renders the document with the template the pack declares for its kind and locale. */
  public RenderedPdf render(DocumentData data) {
    return render(data, null);
  }

  /**
   * Renders the document; when {@code name} is given, also writes the PDF as {@code <pack.renderDir>/<name>.pdf} so a
   * person can look at it ({@code pdftoppm -r 60 -png}).
   */
  public RenderedPdf render(DocumentData data, String name) {
    Template t =
        templates.stream()
            .filter(x -> x.kind() == data.kind() && x.locale().equals(data.locale()))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("No template for " + data.kind() + "/" + data.locale()));
    byte[] xml = DocumentXml.toBytes(data);
    List<String> warnings = new ArrayList<>();
    byte[] pdf;
    try {
      Transformer transformer = compiled.computeIfAbsent(t.stylesheet(), this::compile).newTransformer();
      transformer.setURIResolver(packOnlyUriResolver());
      FOUserAgent agent = fopFactory.newFOUserAgent();
      agent.getEventBroadcaster()
          .addEventListener(
              event -> {
                if (event.getSeverity() != EventSeverity.INFO) {
                  warnings.add(event.getEventID() + ": " + EventFormatter.format(event));
                }
              });
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
      transformer.transform(new StreamSource(new ByteArrayInputStream(xml)), new SAXResult(fop.getDefaultHandler()));
      pdf = out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("Render of " + data.kind() + "/" + data.locale() + " failed: " + e, e);
    }
    if (name != null) {
      try {
        Path dir = Path.of(System.getProperty("pack.renderDir", "target/rendered"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return RenderedPdf.read(pdf, warnings);
  }

  private Templates compile(String stylesheet) {
    try {
      TransformerFactory tf = TransformerFactory.newDefaultInstance();
      tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      tf.setURIResolver(packOnlyUriResolver());
      Path file = inPack(stylesheet);
      return tf.newTemplates(new StreamSource(new ByteArrayInputStream(Files.readAllBytes(file)), file.toUri().toString()));
    } catch (Exception e) {
      throw new IllegalStateException("Stylesheet " + stylesheet + " does not compile: " + e, e);
    }
  }

  /** Resolves xsl:include/xsl:import (and document()) only to files inside the pack. */
  private URIResolver packOnlyUriResolver() {
    return (href, base) -> {
      try {
        URI baseUri = base == null || base.isEmpty() ? root.toUri() : URI.create(base);
        URI target = baseUri.resolve(URI.create(href));
        if (!"file".equals(target.getScheme())) {
          throw new TransformerException("Outside the pack: " + href);
        }
        Path file = inPack(root.relativize(Path.of(target)).toString());
        return new StreamSource(new ByteArrayInputStream(Files.readAllBytes(file)), file.toUri().toString());
      } catch (IOException | IllegalArgumentException e) {
        throw new TransformerException("Cannot resolve " + href + ": " + e.getMessage(), e);
      }
    };
  }

  /** A regular file inside the pack; anything else (.., absolute paths, links out) is refused. */
  private Path inPack(String relative) throws IOException {
    Path p = root.resolve(relative).normalize();
    if (!p.startsWith(root) || !Files.isRegularFile(p) || !p.toRealPath().startsWith(root)) {
      throw new IOException("Not a file inside the pack: " + relative);
    }
    return p;
  }

  private FopFactory newFopFactory() throws Exception {
    StringBuilder conf = new StringBuilder();
    conf.append("<fop version=\"1.0\"><strict-configuration>true</strict-configuration><use-cache>false</use-cache>")
        .append("<renderers><renderer mime=\"application/pdf\"><fonts>");
    for (Font f : fonts) {
      conf.append("<font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"")
          .append(xmlAttr(f.file()))
          .append("\"><font-triplet name=\"")
          .append(xmlAttr(f.family()))
          .append("\" style=\"")
          .append(f.style())
          .append("\" weight=\"")
          .append(f.weight())
          .append("\"/></font>");
    }
    conf.append("</fonts></renderer></renderers></fop>");
    ResourceResolver packOnly =
        new ResourceResolver() {
          @Override
          public Resource getResource(URI uri) throws IOException {
            if (!"file".equals(uri.getScheme())) {
              throw new IOException("FOP may read only the pack: " + uri);
            }
            return new Resource(Files.newInputStream(inPack(root.relativize(Path.of(uri)).toString())));
          }

          @Override
          public OutputStream getOutputStream(URI uri) throws IOException {
            throw new IOException("FOP may not write: " + uri);
          }
        };
    InputStream in = new ByteArrayInputStream(conf.toString().getBytes(StandardCharsets.UTF_8));
    return new FopConfParser(in, root.toUri(), packOnly).getFopFactoryBuilder().build();
  }

  private static String xmlAttr(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  private static void validateDescriptor(Path descriptor) throws Exception {
    SchemaFactory sf = SchemaFactory.newDefaultInstance();
    sf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    try (InputStream xsd =
        Objects.requireNonNull(
            TemplatePackFormat.class.getResourceAsStream(TemplatePackFormat.SCHEMA_RESOURCE), "schema")) {
      var validator = sf.newSchema(new StreamSource(xsd)).newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      Source s = new StreamSource(descriptor.toFile());
      validator.validate(s);
    }
  }
}
