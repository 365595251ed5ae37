package dev.backoffice.infrastructure.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fop.fonts.FontDescriptor;
import org.apache.fop.fonts.FontType;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.truetype.FontFileReader;
import org.apache.fop.fonts.truetype.OFFontLoader;
import org.apache.fop.fonts.truetype.OFMtxEntry;
import org.apache.fop.fonts.truetype.TTFSubSetFile;
import org.apache.fop.pdf.AbstractPDFStream;
import org.apache.fop.pdf.PDFDocument;
import org.apache.fop.pdf.PDFFactory;
import org.apache.fop.pdf.PDFTTFStream;
import org.apache.fop.render.pdf.PDFDocumentHandler;

/**
 * Subset embedding of a pack's TrueType fonts without reading and parsing the whole font file again for every
 * document.
 *
 * <p>At the end of each document FOP embeds every used font as a subset: it copies the font file from its resource
 * into a new buffer (twice, through commons-io), parses its directory, horizontal metrics and glyph locations, and
 * only then writes the subset of the glyphs the document used. With the two DejaVu faces that was a tenth of a
 * one-page render's CPU and 60 % of what it allocated. Here each font keeps, per render thread:
 *
 * <ul>
 *   <li>the original file bytes, and a working copy that is restored from them before every subset (FOP's subsetter
 *       rewrites the component glyph indices of composite glyphs — "ё", "й" in DejaVu — in the buffer it reads from, so
 *       a buffer is never reused as it was left);
 *   <li>the parsed horizontal metrics, which the subsetter only reads (FOP sets the glyph offsets in them again on
 *       every subset, to the same values).
 * </ul>
 *
 * The subset itself is still written by FOP's own {@link TTFSubSetFile} from the document's used glyphs, so the
 * embedded bytes are the same as FOP's (a test compares them). Installed by replacing the PDF document's
 * {@link PDFFactory} right after it is created; if FOP's internals differ (another version) nothing is replaced and
 * FOP embeds as before. CFF-flavoured OpenType fonts and full embedding are left to FOP.
 */
final class PackFontEmbedding {

  private static final Logger LOG = Logger.getLogger(PackFontEmbedding.class.getName());
  private static final Field HANDLER_DOCUMENT = field(PDFDocumentHandler.class, "pdfDoc");
  private static final Field DOCUMENT_FACTORY = field(PDFDocument.class, "factory");

  private PackFontEmbedding() {}

  /** The source of subset bytes for a font, or {@code null} when FOP should embed it itself. */
  interface Sources {
    Source source(MultiByteFont font) throws IOException;
  }

  /**
   * Makes the document being written by {@code handler} embed fonts through {@code sources}; call right after the
   * handler's {@code startDocument}.
   */
  static void install(PDFDocumentHandler handler, Sources sources) {
    if (HANDLER_DOCUMENT == null || DOCUMENT_FACTORY == null) {
      return;
    }
    try {
      PDFDocument doc = (PDFDocument) HANDLER_DOCUMENT.get(handler);
      if (doc == null || doc.getFactory().getClass() != PDFFactory.class) {
        return;
      }
      Factory factory = new Factory(doc, sources);
      factory.setEventBroadcaster(doc.getFactory().getEventBroadcaster());
      DOCUMENT_FACTORY.set(doc, factory);
    } catch (IllegalAccessException | RuntimeException e) {
      LOG.log(Level.FINE, "Fonts are embedded by FOP", e);
    }
  }

  /** One font file's bytes and parsed metrics, for one render thread. */
  static final class Source {
    private final byte[] original;
    private final FontFileReader reader;
    private OFMtxEntry[] metrics;

    Source(byte[] original) throws IOException {
      this.original = original;
      this.reader = new FontFileReader(new ByteArrayInputStream(original));
    }

    static Source read(InputStream in) throws IOException {
      return new Source(in.readAllBytes());
    }

    /** The TrueType subset with {@code glyphs} (original index → subset index), as FOP's subsetter writes it. */
    byte[] subset(String ttcName, Map<Integer, Integer> glyphs) throws IOException {
      byte[] work = reader.getAllBytes();
      if (work.length != original.length) {
        throw new IOException("font buffer changed size");
      }
      System.arraycopy(original, 0, work, 0, original.length);
      String header = OFFontLoader.readHeader(reader);
      Subsetter subsetter = new Subsetter(this);
      subsetter.readFont(reader, ttcName, header, glyphs);
      return subsetter.getFontSubset();
    }
  }

  /** FOP's subsetter, with the horizontal metrics parsed once per font. */
  private static final class Subsetter extends TTFSubSetFile {
    private final Source source;

    Subsetter(Source source) {
      this.source = source;
    }

    @Override
    protected void readHorizontalMetrics() throws IOException {
      OFMtxEntry[] cached = source.metrics;
      if (cached != null && cached.length == Math.max(numberOfGlyphs, nhmtx)) {
        mtxTab = cached;
        return;
      }
      super.readHorizontalMetrics();
      source.metrics = mtxTab;
    }
  }

  /** FOP's PDF factory, embedding the TrueType subsets it can from {@link Sources}. */
  private static final class Factory extends PDFFactory {
    private final Sources sources;

    Factory(PDFDocument doc, Sources sources) {
      super(doc);
      this.sources = sources;
    }

    @Override
    public AbstractPDFStream makeFontFile(FontDescriptor desc, String fontPrefix) {
      if (desc.getFontType() == FontType.TYPE0 && desc instanceof MultiByteFont font) {
        try {
          Source source = sources.source(font);
          if (source != null) {
            byte[] bytes = source.subset(font.getTTCName(), font.getUsedGlyphs());
            PDFTTFStream stream = new PDFTTFStream(bytes.length);
            stream.setData(bytes, bytes.length);
            return stream;
          }
        } catch (IOException | RuntimeException e) {
          LOG.log(Level.FINE, "Font " + font.getEmbedFileURI() + " embedded by FOP", e);
        }
      }
      return super.makeFontFile(desc, fontPrefix);
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "Fonts are embedded by FOP: " + type.getName() + "." + name + " not available", e);
      return null;
    }
  }
}
