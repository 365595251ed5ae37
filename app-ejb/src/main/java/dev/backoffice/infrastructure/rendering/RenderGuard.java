package dev.backoffice.infrastructure.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Sits between the stylesheet's output and FOP. It stops a render that runs out of time, makes too many elements or
 * too much text, or is cancelled; refuses elements that could reach outside the pack or run code (anything but XSL-FO
 * and a few harmless FOP extensions: no {@code fo:instream-foreign-object}, no {@code fox:external-document}, no PDF
 * extension elements such as embedded files); refuses resource references with a scheme ({@code file:},
 * {@code http:}, {@code data:}, …); and drops link targets that are not http(s) or mailto.
 */
final class RenderGuard implements ContentHandler {

  static final String FO = "http://www.w3.org/1999/XSL/Format";
  static final String FOX = "http://xmlgraphics.apache.org/fop/extensions";

  private static final Set<String> FORBIDDEN_FO = Set.of("instream-foreign-object");
  private static final Set<String> ALLOWED_FOX = Set.of("destination", "outline", "label");
  private static final Pattern SAFE_LINK = Pattern.compile("(?i)^\\s*(url\\(\\s*['\"]?)?\\s*(https?://|mailto:)[^\\s'\"()]*['\"]?\\s*\\)?\\s*$");
  private static final Pattern HAS_SCHEME = Pattern.compile("(?i)^\\s*(url\\(\\s*['\"]?)?\\s*[a-z][a-z0-9+.-]*:");

  private ContentHandler next;
  private final RenderLimits limits;
  private final long deadline;
  private final AtomicBoolean cancelled;
  /** For every open element: whether it was written as something else (an unsafe link becomes an inline). */
  private final java.util.ArrayDeque<String[]> renamed = new java.util.ArrayDeque<>();
  private long elements;
  private long characters;

  RenderGuard(RenderLimits limits, long deadlineNanos, AtomicBoolean cancelled) {
    this.limits = limits;
    this.deadline = deadlineNanos;
    this.cancelled = cancelled;
  }

  /** Where the checked stream goes (FOP's handler). */
  RenderGuard forwardTo(ContentHandler handler) {
    this.next = handler;
    return this;
  }

  /** Thrown when a render breaks a limit or a rule; the code names the message. */
  static final class Refused extends SAXException {
    private static final long serialVersionUID = 1L;
    final String code;
    final transient Object[] args;

    Refused(String code, Object... args) {
      super(code);
      this.code = code;
      this.args = args;
    }
  }

  private Refused refusal;

  /**
   * The first refusal raised here. The XSLT processor may wrap it into a runtime error without its cause (seen when
   * the stylesheet copies a result tree fragment), so the renderer asks for it instead of searching the exception.
   */
  Refused refusal() {
    return refusal;
  }

  private Refused refuse(String code, Object... args) {
    Refused r = new Refused(code, args);
    if (refusal == null) {
      refusal = r;
    }
    return r;
  }

  void checkTime() throws Refused {
    if (cancelled.get() || System.nanoTime() - deadline > 0) {
      throw refuse("templatePack.renderTimeout", limits.timeoutMillis() / 1000);
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    checkTime();
    if (++elements > limits.maxElements()) {
      throw refuse("templatePack.tooBig", limits.maxElements());
    }
    boolean allowed =
        (FO.equals(uri) && !FORBIDDEN_FO.contains(localName)) || (FOX.equals(uri) && ALLOWED_FOX.contains(localName));
    if (!allowed) {
      throw refuse("templatePack.forbiddenElement", qName);
    }
    boolean unsafeLink = false;
    for (int i = 0; i < atts.getLength(); i++) {
      String name = atts.getLocalName(i);
      String value = atts.getValue(i);
      if ("external-destination".equals(name) && !SAFE_LINK.matcher(value).matches()) {
        unsafeLink = true;
      } else if (("src".equals(name) || "uri".equals(name)) && HAS_SCHEME.matcher(value).find()) {
        throw refuse("templatePack.externalResource", shorten(value));
      }
    }
    if (unsafeLink && "basic-link".equals(localName)) {
      // The text stays, the link goes: a link to file:, javascript: or the like would become a PDF action.
      String inline = qName.contains(":") ? qName.substring(0, qName.indexOf(':') + 1) + "inline" : "inline";
      renamed.push(new String[] {"inline", inline});
      next.startElement(uri, "inline", inline, new AttributesImpl());
      return;
    }
    renamed.push(NOT_RENAMED);
    next.startElement(uri, localName, qName, atts);
  }

  private static final String[] NOT_RENAMED = new String[0];

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    characters += length;
    if (characters > limits.maxCharacters()) {
      throw refuse("templatePack.tooBig", limits.maxElements());
    }
    next.characters(ch, start, length);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    checkTime();
    String[] as = renamed.isEmpty() ? NOT_RENAMED : renamed.pop();
    if (as.length == 2) {
      next.endElement(uri, as[0], as[1]);
    } else {
      next.endElement(uri, localName, qName);
    }
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    next.setDocumentLocator(locator);
  }

  @Override
  public void startDocument() throws SAXException {
    next.startDocument();
  }

  @Override
  public void endDocument() throws SAXException {
    checkTime();
    next.endDocument();
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    next.startPrefixMapping(prefix, uri);
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    next.endPrefixMapping(prefix);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    next.ignorableWhitespace(ch, start, length);
  }

  @Override
  public void processingInstruction(String target, String data) {
    // Processing instructions have no meaning for FOP; a template's are dropped.
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    next.skippedEntity(name);
  }

  /** The PDF goes through here: a size cap, and the time limit checked as FOP writes page after page. */
  OutputStream limit(OutputStream out) {
    return new OutputStream() {
      private long written;

      private void count(int n) throws IOException {
        written += n;
        if (written > limits.maxPdfBytes()) {
          throw new IOException(refuse("templatePack.tooBig", limits.maxElements()));
        }
        try {
          checkTime();
        } catch (Refused r) {
          throw new IOException(r);
        }
      }

      @Override
      public void write(int b) throws IOException {
        count(1);
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        out.write(b, off, len);
      }
    };
  }

  private static String shorten(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }
}
