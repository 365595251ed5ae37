package dev.backoffice.infrastructure.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.URIResolver;
import javax.xml.transform.stream.StreamSource;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * The only way a template or FOP reaches a file: paths inside the pack, addressed as {@code pack:/path}. Every other
 * scheme ({@code file:}, {@code http:}, {@code jar:}, {@code data:}, …) and every path that leaves the pack is refused
 * with an exception; FOP may never write anything.
 */
final class PackResources implements URIResolver, ResourceResolver {

  static final String SCHEME = "pack";
  static final URI BASE = URI.create(SCHEME + ":/");

  private final PackArchive archive;

  PackResources(PackArchive archive) {
    this.archive = archive;
  }

  static String systemId(String path) {
    return SCHEME + ":/" + path;
  }

  /** {@code pack:/xsl/a.xsl} → {@code xsl/a.xsl}; null for anything else. */
  static String packPath(String systemId) {
    if (systemId == null || !systemId.startsWith(SCHEME + ":/")) {
      return null;
    }
    return systemId.substring(SCHEME.length() + 2);
  }

  /** XSLT: {@code xsl:include}, {@code xsl:import} and {@code document()}. */
  @Override
  public Source resolve(String href, String base) throws TransformerException {
    String from = packPath(base);
    String path = PackArchive.resolve(from == null ? "" : from, href);
    byte[] content = path == null ? null : archive.file(path);
    if (content == null) {
      throw new TransformerException("Only files inside the template pack can be read: " + shorten(href));
    }
    return new StreamSource(new ByteArrayInputStream(content), systemId(path));
  }

  /** FOP: fonts and images. */
  @Override
  public Resource getResource(URI uri) throws IOException {
    String path = uri == null || !SCHEME.equals(uri.getScheme()) ? null : PackArchive.resolve("", uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/+", ""));
    byte[] content = path == null ? null : archive.file(path);
    if (content == null) {
      throw new IOException("Only files inside the template pack can be read: " + shorten(String.valueOf(uri)));
    }
    return new Resource(new ByteArrayInputStream(content));
  }

  @Override
  public OutputStream getOutputStream(URI uri) throws IOException {
    throw new IOException("A template may not write files: " + shorten(String.valueOf(uri)));
  }

  private static String shorten(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }
}
