package dev.backoffice.domain.model.document;

import dev.backoffice.plugin.api.document.DocumentKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's uploaded packs and template choices. */
public interface TemplatePackRepository {

  List<UploadedPack> list();

  Optional<UploadedPack> find(UUID id);

  Optional<UploadedPack> find(String packId, String packVersion);

  void add(UploadedPack pack);

  List<TemplateChoice> choices();

  Optional<TemplateChoice> choice(DocumentKind kind, String locale);

  void add(TemplateChoice choice);

  void flush();
}
