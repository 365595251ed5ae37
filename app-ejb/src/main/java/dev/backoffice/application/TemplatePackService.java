package dev.backoffice.application;

import dev.backoffice.plugin.api.document.DocumentKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Template packs of the current tenant: the built-in ones and those its admin uploaded (checked before they are
 * stored), a preview of any kind with sample data, and the active pack per document kind and language.
 */
public interface TemplatePackService {

  List<PackView> listPacks();

  /** Checks and stores an uploaded pack archive (zip); refused with the reason when a check fails. */
  PackView upload(byte[] archive, String fileName);

  /** A PDF of the kind rendered by the pack with sample data. */
  DocumentService.DocumentFile getPreview(String packRef, DocumentKind kind, String locale);

  List<ChoiceView> listChoices();

  /** Makes the pack the active one for the kind and language; later documents use it, issued ones keep theirs. */
  ChoiceView choose(DocumentKind kind, String locale, String packRef);

  /**
   * A pack as listed. {@code ref} names it for {@link #choose} and {@link #getPreview}: {@code builtin:id@version}
   * or {@code uploaded:uuid}.
   */
  record PackView(
      String ref,
      String id,
      String version,
      String name,
      boolean builtIn,
      String sha256,
      List<DocumentRenderer.Template> templates,
      Instant uploadedAt,
      String uploadedBy,
      String failure) {}

  /** The active pack of a kind and language; {@code chosen} false when it is the default. */
  record ChoiceView(DocumentKind kind, String locale, String packRef, String pack, boolean chosen, UUID uploadedPackId) {}
}
