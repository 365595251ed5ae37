package dev.backoffice.application;

import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.DocumentKind;
import java.util.List;

/**
 * Port: turns document data into a PDF with a template pack (XSLT → XSL-FO → PDF). Implemented in infrastructure.
 * A pack is handled as its archive bytes; compiled stylesheets and fonts are cached by the archive's SHA-256.
 * Every failure a user can act on is an {@link dev.backoffice.domain.model.shared.InvalidInputException}.
 */
public interface DocumentRenderer {

  /**
   * Reads and checks a pack archive: size and entry limits, paths inside the pack, file types, descriptor against its
   * schema, contract version, every stylesheet compiles, and a sample render of every template succeeds within the
   * limits.
   */
  PackInfo inspect(byte[] archive);

  /** Renders one document; the pack must provide the data's kind and locale. */
  default Rendered render(byte[] archive, DocumentData data) {
    return render(archive, data, false);
  }

  /**
   * Renders one document, as PDF/A-1b when {@code pdfA} (every font embedded, an sRGB output intent, XMP metadata; a
   * pack that cannot comply — an unembedded font, a transparent image — is refused with the reason).
   */
  Rendered render(byte[] archive, DocumentData data, boolean pdfA);

  /** What a checked pack is. {@code sha256} is of the archive bytes (hex, lower case). */
  record PackInfo(
      String id, String version, String contractVersion, String name, String sha256, List<Template> templates) {

    public boolean provides(DocumentKind kind, String locale) {
      return templates.stream().anyMatch(t -> t.kind() == kind && t.locale().equals(locale));
    }

    public String label() {
      return id + "@" + version;
    }
  }

  /** One template of a pack. */
  record Template(DocumentKind kind, String locale) {}

  /** A rendered PDF with its SHA-256 (hex) and page count. */
  record Rendered(byte[] pdf, String sha256, int pages) {}
}
