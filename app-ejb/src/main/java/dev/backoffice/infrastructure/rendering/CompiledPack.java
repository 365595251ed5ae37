package dev.backoffice.infrastructure.rendering;

import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.plugin.api.document.DocumentKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.EnvironmentalProfileFactory;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;

/**
 * A pack ready to render: its files, its descriptor, every stylesheet compiled once (Templates are thread-safe), and
 * one FopFactory per render thread (one factory shared by two threads was seen to fail inside FOP's configuration
 * DOM). Fonts are registered from the pack only, embedded as subsets; no font auto-detection, no font cache on disk;
 * each font file is parsed once per render thread ({@link PackFonts}) rather than once per render, and read for subset
 * embedding once per render thread too ({@link PackFontEmbedding}).
 */
final class CompiledPack {

  static final int MAX_IMAGE_PIXELS_PER_SIDE = 4000;

  final String sha256;
  /** A private copy of the archive, so that a render can find its pack by comparing bytes instead of hashing them. */
  private final byte[] archiveBytes;
  final PackArchive archive;
  final PackDescriptor descriptor;
  final PackResources resources;
  private final Map<String, Templates> templates;
  private final byte[] fopConfig;
  private final boolean complexScripts;
  /** Font files parsed for this pack, over all render threads (each thread's factory parses each font once). */
  final java.util.concurrent.atomic.AtomicInteger fontParses = new java.util.concurrent.atomic.AtomicInteger();
  /** Font files read for subset embedding, over all render threads (once per font and thread). */
  final java.util.concurrent.atomic.AtomicInteger fontEmbeddingReads = new java.util.concurrent.atomic.AtomicInteger();
  private final ThreadLocal<FopFactory> fopFactory = ThreadLocal.withInitial(() -> newFopFactory(true));

  private CompiledPack(
      String sha256,
      byte[] archiveBytes,
      PackArchive archive,
      PackDescriptor descriptor,
      Map<String, Templates> templates,
      boolean complexScripts) {
    this.sha256 = sha256;
    this.complexScripts = complexScripts;
    this.archiveBytes = archiveBytes;
    this.archive = archive;
    this.descriptor = descriptor;
    this.resources = new PackResources(archive);
    this.templates = templates;
    this.fopConfig = fopConfiguration(descriptor.fonts()).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @param complexScripts FOP's complex-script support (glyph substitution and positioning from GSUB/GPOS,
   *     bidirectional text): needed for Arabic, Hebrew or Indic text, not for Cyrillic or Latin
   */
  static CompiledPack compile(String sha256, byte[] bytes, boolean complexScripts) {
    PackArchive archive = PackArchive.read(bytes);
    PackDescriptor descriptor = PackDescriptor.parse(archive);
    checkImages(archive);
    PackResources resources = new PackResources(archive);
    TransformerFactory factory = SecureXml.transformerFactory();
    factory.setURIResolver(resources);
    Map<String, Templates> compiled = new HashMap<>();
    for (PackDescriptor.TemplateFile t : descriptor.templates()) {
      compiled.put(key(t.kind(), t.locale()), compileStylesheet(factory, archive, t.stylesheet()));
    }
    return new CompiledPack(sha256, bytes.clone(), archive, descriptor, Map.copyOf(compiled), complexScripts);
  }

  int archiveLength() {
    return archiveBytes.length;
  }

  /** Whether {@code bytes} is exactly this pack's archive. */
  boolean hasArchive(byte[] bytes) {
    return java.util.Arrays.equals(archiveBytes, bytes);
  }

  Templates templates(DocumentKind kind, String locale) {
    Templates t = templates.get(key(kind, locale));
    if (t == null) {
      throw new InvalidInputException(
          "templatePack.noTemplate", "kind", descriptor.id() + "@" + descriptor.version(), kind, locale);
    }
    return t;
  }

  FopFactory fopFactory() {
    return fopFactory.get();
  }

  private static String key(DocumentKind kind, String locale) {
    return kind + "/" + locale;
  }

  private static Templates compileStylesheet(TransformerFactory factory, PackArchive archive, String path) {
    ErrorCollector errors = new ErrorCollector();
    factory.setErrorListener(errors);
    try {
      Templates t =
          factory.newTemplates(
              new StreamSource(new ByteArrayInputStream(archive.file(path)), PackResources.systemId(path)));
      if (t == null) {
        throw new InvalidInputException("templatePack.stylesheetError", "file", path, errors.first());
      }
      return t;
    } catch (TransformerConfigurationException e) {
      String why = errors.first().isEmpty() ? PackDescriptor.shorten(e.getMessage()) : errors.first();
      throw new InvalidInputException("templatePack.stylesheetError", "file", path, why);
    }
  }

  /** Images are checked from their headers: a pack may not carry a decompression bomb. */
  private static void checkImages(PackArchive archive) {
    for (Map.Entry<String, byte[]> f : archive.files().entrySet()) {
      String ext = PackArchive.extension(f.getKey());
      if (!List.of("png", "jpg", "jpeg", "gif").contains(ext)) {
        continue;
      }
      int w;
      int h;
      try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(f.getValue()))) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
          throw new InvalidInputException("templatePack.badImage", "file", f.getKey());
        }
        ImageReader reader = readers.next();
        try {
          reader.setInput(in, true, true);
          w = reader.getWidth(0);
          h = reader.getHeight(0);
        } finally {
          reader.dispose();
        }
      } catch (InvalidInputException e) {
        throw e;
      } catch (Exception e) {
        throw new InvalidInputException("templatePack.badImage", "file", f.getKey());
      }
      if (w > MAX_IMAGE_PIXELS_PER_SIDE || h > MAX_IMAGE_PIXELS_PER_SIDE || w <= 0 || h <= 0) {
        throw new InvalidInputException(
            "templatePack.imageTooLarge", "file", f.getKey(), w, h, MAX_IMAGE_PIXELS_PER_SIDE);
      }
    }
  }

  /** A factory for one render thread; {@code cachedFonts} false leaves font loading to FOP (tests compare both). */
  FopFactory newFopFactory(boolean cachedFonts) {
    try {
      FopConfParser parser =
          new FopConfParser(
              new ByteArrayInputStream(fopConfig),
              PackResources.BASE,
              EnvironmentalProfileFactory.createRestrictedIO(PackResources.BASE, resources));
      FopFactoryBuilder builder = parser.getFopFactoryBuilder();
      builder.setStrictFOValidation(true);
      builder.setAccessibility(false);
      builder.setComplexScriptFeatures(complexScripts);
      FopFactory factory = builder.build();
      if (cachedFonts) {
        factory
            .getRendererFactory()
            .addDocumentHandlerMaker(new PackFonts(fontParses, fontEmbeddingReads).pdfHandlerMaker());
      }
      return factory;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot configure FOP for pack " + descriptor.id(), e);
    }
  }

  private static String fopConfiguration(List<PackDescriptor.Font> fonts) {
    StringBuilder b = new StringBuilder();
    b.append("<fop version=\"1.0\"><use-cache>false</use-cache><renderers><renderer mime=\"application/pdf\">");
    b.append("<fonts>");
    for (PackDescriptor.Font f : fonts) {
      b.append("<font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"")
          .append(xml(f.file()))
          .append("\"><font-triplet name=\"")
          .append(xml(f.family()))
          .append("\" style=\"")
          .append(xml(f.style()))
          .append("\" weight=\"")
          .append(xml(f.weight()))
          .append("\"/></font>");
    }
    b.append("</fonts></renderer></renderers></fop>");
    return b.toString();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  /** Keeps the first stylesheet error for the user; the processor would otherwise print to stderr. */
  static final class ErrorCollector implements ErrorListener {
    private String first = "";

    String first() {
      return first;
    }

    private void keep(TransformerException e) {
      if (first.isEmpty()) {
        first = PackDescriptor.shorten(e.getMessageAndLocation());
      }
    }

    @Override
    public void warning(TransformerException e) {
      // warnings do not stop a pack
    }

    @Override
    public void error(TransformerException e) {
      keep(e);
    }

    @Override
    public void fatalError(TransformerException e) throws TransformerException {
      keep(e);
      throw e;
    }
  }
}
