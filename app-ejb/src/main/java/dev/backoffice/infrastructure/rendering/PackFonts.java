package dev.backoffice.infrastructure.rendering;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.SoftReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;
import org.apache.fop.fonts.truetype.FontFileReader;
import org.apache.fop.fonts.truetype.OFFontLoader;
import org.apache.fop.fonts.truetype.OTFFile;
import org.apache.fop.fonts.truetype.OpenFont;
import org.apache.fop.fonts.truetype.TTFFile;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFDocumentHandlerConfigurator;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.pdf.PDFDocumentHandler;
import org.apache.fop.render.pdf.PDFDocumentHandlerMaker;
import org.apache.fop.render.pdf.PDFRendererConfig;
import org.apache.fop.render.pdf.PDFRendererConfigurator;

/**
 * The pack's fonts, parsed once per render thread instead of once per render.
 *
 * <p>FOP registers each configured font as a {@link LazyFont} per render, which reads the whole TrueType file and
 * parses it (tables, widths, kerning, and with complex scripts the GSUB/GPOS tables) on first use: with two DejaVu
 * faces that was about half of what a one-page render allocated and a third of its CPU. Here each font file is read
 * through FOP's own (pack-only) resolver and parsed once into an {@link OpenFont}; each render still gets a
 * <em>fresh</em> font object built from it by FOP's own code ({@code OFFontLoader.buildFont}), so the per-document
 * state (the glyph subset, the used-glyph maps, private-use mappings, the event listener) is never shared between
 * renders. Subset embedding still reads the font through the same resolver at the end of each render.
 *
 * <p>One instance belongs to one FopFactory, i.e. to one pack and one render thread: the parsed GSUB/GPOS tables
 * memoise lookups in plain HashMaps, so a parsed font is never used by two threads. Parsed fonts are softly
 * referenced (a few MB each): under memory pressure they are dropped and parsed again.
 *
 * <p>{@code buildFont} is private in FOP 2.11 and called by reflection; if that fails (another FOP version), or a
 * font is not a plain embedded TrueType/OpenType file, FOP's own {@link LazyFont} is used as before.
 */
final class PackFonts {

  private static final Logger LOG = Logger.getLogger(PackFonts.class.getName());
  private static final Method BUILD_FONT = buildFontMethod();

  private final Map<String, SoftReference<OpenFont>> parsed = new ConcurrentHashMap<>();
  private final AtomicInteger parses;
  /** TrueType fonts built here for subset embedding, with the resolver that reads them from the pack. */
  private final Map<URI, InternalResourceResolver> embeddable = new ConcurrentHashMap<>();
  private final Map<URI, SoftReference<PackFontEmbedding.Source>> embedding = new ConcurrentHashMap<>();
  private final AtomicInteger embeddingReads;

  /**
   * @param parses counts the font files parsed (tests: once per font and thread, not per render)
   * @param embeddingReads counts the font files read for subset embedding (the same)
   */
  PackFonts(AtomicInteger parses, AtomicInteger embeddingReads) {
    this.parses = parses;
    this.embeddingReads = embeddingReads;
  }

  /** Installs the PDF handler that takes its custom fonts from here, on a factory's renderer factory. */
  PDFDocumentHandlerMaker pdfHandlerMaker() {
    return new PDFDocumentHandlerMaker() {
      @Override
      public IFDocumentHandler makeIFDocumentHandler(IFContext ifContext) {
        return new PDFDocumentHandler(ifContext) {
          @Override
          public void startDocument() throws IFException {
            super.startDocument();
            PackFontEmbedding.install(this, PackFonts.this::embeddingSource);
          }

          @Override
          public IFDocumentHandlerConfigurator getConfigurator() {
            FOUserAgent agent = getUserAgent();
            return new PDFRendererConfigurator(agent, new PDFRendererConfig.PDFRendererConfigParser()) {
              @Override
              protected FontCollection createCollectionFromFontList(
                  InternalResourceResolver resolver, List<EmbedFontInfo> fonts) {
                return collection(resolver, fonts, agent.isComplexScriptFeaturesEnabled());
              }
            };
          }
        };
      }
    };
  }

  /** Same fonts, names and triplets as FOP's {@code CustomFontCollection}, with fonts built from the parsed files. */
  FontCollection collection(InternalResourceResolver resolver, List<EmbedFontInfo> fonts, boolean complexScripts) {
    return (start, fontInfo) -> {
      int num = start;
      for (EmbedFontInfo info : fonts) {
        String internalName = "F" + num;
        num++;
        fontInfo.addMetrics(internalName, font(info, resolver, complexScripts));
        for (FontTriplet triplet : info.getFontTriplets()) {
          fontInfo.addFontProperties(internalName, triplet);
        }
      }
      return num;
    };
  }

  private Typeface font(EmbedFontInfo info, InternalResourceResolver resolver, boolean complexScripts) {
    URI uri = info.getEmbedURI();
    String path = uri == null ? "" : uri.getPath() == null ? "" : uri.getPath().toLowerCase(java.util.Locale.ROOT);
    boolean plain =
        BUILD_FONT != null
            && info.getMetricsURI() == null
            && info.isEmbedded()
            && (path.endsWith(".ttf") || path.endsWith(".otf"));
    if (plain) {
      try {
        OpenFont otf = parsed(uri, info, resolver, complexScripts);
        Typeface font = new Loader(uri, info, resolver, complexScripts, otf).getFont();
        if (otf instanceof TTFFile && info.getEmbeddingMode() == EmbeddingMode.SUBSET) {
          embeddable.put(uri, resolver);
        }
        return font;
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, "Font " + uri + " left to FOP", e);
      }
    }
    return new LazyFont(info, resolver, complexScripts);
  }

  private OpenFont parsed(URI uri, EmbedFontInfo info, InternalResourceResolver resolver, boolean advanced)
      throws IOException {
    String key = uri + "|" + info.getSubFontName() + "|" + info.getKerning() + "|" + advanced;
    SoftReference<OpenFont> ref = parsed.get(key);
    OpenFont otf = ref == null ? null : ref.get();
    if (otf != null) {
      return otf;
    }
    try (InputStream in = resolver.getResource(uri)) {
      FontFileReader reader = new FontFileReader(in);
      String header = OFFontLoader.readHeader(reader);
      OpenFont f =
          "OTTO".equals(header)
              ? new MemoOtf(info.getKerning(), advanced)
              : new MemoTtf(info.getKerning(), advanced);
      if (!f.readFont(reader, header, info.getSubFontName())) {
        throw new IOException("The font does not have a Unicode cmap table: " + uri);
      }
      ((Memo) f).keepMetrics();
      parses.incrementAndGet();
      parsed.put(key, new SoftReference<>(f));
      return f;
    }
  }

  /**
   * A parsed font that converts its glyph widths and bounding boxes to PDF units once, when the parse is complete,
   * not on every font build (FOP converts every glyph's metrics per render: with DejaVu's ~6,000 glyphs that was an
   * eighth of a one-page render's CPU). Each call returns a new array: a font built for one render never shares an
   * array it could write to with another; the {@link Rectangle}s are shared, and FOP's {@code MultiByteFont} only
   * reads them (it returns scaled copies). Until then the values are computed as FOP does.
   */
  private interface Memo {
    /** Converts and keeps the metrics; called once the font is parsed. */
    void keepMetrics();
  }

  private static final class Metrics {
    private int[] widths;
    private Rectangle[] boxes;

    void keep(int[] widths, Rectangle[] boxes) {
      this.widths = widths;
      this.boxes = boxes;
    }

    int[] widths(java.util.function.Supplier<int[]> fop) {
      return widths == null ? fop.get() : widths.clone();
    }

    Rectangle[] boxes(java.util.function.Supplier<Rectangle[]> fop) {
      return boxes == null ? fop.get() : boxes.clone();
    }
  }

  private static final class MemoTtf extends TTFFile implements Memo {
    private final Metrics metrics = new Metrics();

    MemoTtf(boolean kerning, boolean advanced) {
      super(kerning, advanced);
    }

    @Override
    public void keepMetrics() {
      metrics.keep(super.getWidths(), super.getBoundingBoxes());
    }

    @Override
    public int[] getWidths() {
      return metrics.widths(super::getWidths);
    }

    @Override
    public Rectangle[] getBoundingBoxes() {
      return metrics.boxes(super::getBoundingBoxes);
    }
  }

  /** The same for CFF-flavoured OpenType ({@code OTFFile} is TTFFile's sibling, not its subclass). */
  private static final class MemoOtf extends OTFFile implements Memo {
    private final Metrics metrics = new Metrics();

    MemoOtf(boolean kerning, boolean advanced) throws IOException {
      super(kerning, advanced);
    }

    @Override
    public void keepMetrics() {
      metrics.keep(super.getWidths(), super.getBoundingBoxes());
    }

    @Override
    public int[] getWidths() {
      return metrics.widths(super::getWidths);
    }

    @Override
    public Rectangle[] getBoundingBoxes() {
      return metrics.boxes(super::getBoundingBoxes);
    }
  }

  /**
   * What subset embedding needs of a TrueType font built here for subset embedding (read from the pack once per render
   * thread), or {@code null} for a font FOP embeds itself.
   */
  private PackFontEmbedding.Source embeddingSource(MultiByteFont font) throws IOException {
    URI uri = font.getEmbedFileURI();
    InternalResourceResolver resolver = uri == null ? null : embeddable.get(uri);
    if (resolver == null) {
      return null;
    }
    SoftReference<PackFontEmbedding.Source> ref = embedding.get(uri);
    PackFontEmbedding.Source source = ref == null ? null : ref.get();
    if (source == null) {
      try (InputStream in = resolver.getResource(uri)) {
        source = PackFontEmbedding.Source.read(in);
      }
      embeddingReads.incrementAndGet();
      embedding.put(uri, new SoftReference<>(source));
    }
    return source;
  }

  /** FOP's TrueType loader, with the parsing step replaced by the cached parse. */
  private static final class Loader extends OFFontLoader {
    private final OpenFont otf;
    private final String subFontName;

    Loader(URI uri, EmbedFontInfo info, InternalResourceResolver resolver, boolean advanced, OpenFont otf) {
      super(
          uri,
          info.getSubFontName(),
          info.isEmbedded(),
          info.getEmbeddingMode(),
          info.getEncodingMode(),
          info.getKerning(),
          advanced,
          resolver,
          info.getSimulateStyle(),
          info.getEmbedAsType1(),
          info.getUseSVG());
      this.otf = otf;
      this.subFontName = info.getSubFontName();
    }

    @Override
    protected void read() throws IOException {
      try {
        BUILD_FONT.invoke(this, otf, subFontName);
      } catch (IllegalAccessException e) {
        throw new IOException(e);
      } catch (InvocationTargetException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException re) {
          throw re;
        }
        throw new IOException(c);
      }
      loaded = true;
    }
  }

  private static Method buildFontMethod() {
    try {
      Method m = OFFontLoader.class.getDeclaredMethod("buildFont", OpenFont.class, String.class);
      m.setAccessible(true);
      return m;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "FOP fonts are parsed per render: OFFontLoader.buildFont not available", e);
      return null;
    }
  }
}
