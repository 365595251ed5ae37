package dev.backoffice.application.internal;

import dev.backoffice.application.BuiltInTemplatePacks;
import dev.backoffice.domain.model.document.TemplateChoice;
import dev.backoffice.domain.model.document.TemplatePackRepository;
import dev.backoffice.domain.model.document.UploadedPack;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.plugin.api.document.DocumentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * Which pack renders a document: the tenant's choice for the kind and language, else the built-in standard pack of
 * the language ({@code <locale>-standard}), else any built-in pack that provides it. Packs are addressed by a ref:
 * {@code builtin:id@version} or {@code uploaded:uuid} (looked up in the current tenant only).
 */
@ApplicationScoped
public class TemplatePacks {

  static final String BUILT_IN = "builtin:";
  static final String UPLOADED = "uploaded:";

  @Inject BuiltInTemplatePacks builtIn;

  @Inject TemplatePackRepository repository;

  /** A pack ready to render with. */
  record Resolved(String ref, String id, String version, String sha256, byte[] archive, UUID uploadedId) {
    String label() {
      return id + "@" + version;
    }
  }

  Resolved active(DocumentKind kind, String locale) {
    Optional<TemplateChoice> choice = repository.choice(kind, locale);
    if (choice.isPresent()) {
      TemplateChoice c = choice.get();
      if (c.uploadedPackId() != null) {
        return byRef(UPLOADED + c.uploadedPackId());
      }
      if (builtIn.find(c.packId(), c.packVersion()).isEmpty()) {
        // The platform upgraded the built-in pack: the tenant chose the pack, and gets its installed version.
        Optional<Resolved> upgraded = newestBuiltIn(c.packId(), kind, locale);
        if (upgraded.isPresent()) {
          return upgraded.get();
        }
      }
      return byRef(BUILT_IN + c.packId() + "@" + c.packVersion());
    }
    return defaultFor(kind, locale)
        .orElseThrow(() -> new InvalidInputException("templatePack.noneForKind", "kind", kind, locale));
  }

  /** The highest installed version of a built-in pack that provides the kind in the language. */
  Optional<Resolved> newestBuiltIn(String packId, DocumentKind kind, String locale) {
    return builtIn.list().stream()
        .filter(BuiltInTemplatePacks.Installed::usable)
        .filter(p -> p.info().id().equals(packId) && p.info().provides(kind, locale))
        .max(Comparator.comparing(p -> versionKey(p.info().version())))
        .map(TemplatePacks::resolved);
  }

  /** 1.10.0 after 1.9.0: each numeric part zero-padded. */
  static String versionKey(String version) {
    StringBuilder key = new StringBuilder();
    for (String part : version.split("[.\\-]")) {
      key.append(!part.isEmpty() && part.length() <= 18 && part.chars().allMatch(Character::isDigit) ? String.format("%010d", Long.parseLong(part)) : part)
          .append('.');
    }
    return key.toString();
  }

  Optional<Resolved> defaultFor(DocumentKind kind, String locale) {
    return builtIn.list().stream()
        .filter(BuiltInTemplatePacks.Installed::usable)
        .filter(p -> p.info().provides(kind, locale))
        .sorted(
            Comparator.comparing((BuiltInTemplatePacks.Installed p) -> !p.info().id().equals(locale + "-standard"))
                .thenComparing(p -> p.info().id()))
        .findFirst()
        .map(TemplatePacks::resolved);
  }

  Resolved byRef(String ref) {
    if (ref != null && ref.startsWith(BUILT_IN)) {
      String idVersion = ref.substring(BUILT_IN.length());
      int at = idVersion.lastIndexOf('@');
      if (at > 0) {
        Optional<BuiltInTemplatePacks.Installed> p =
            builtIn.find(idVersion.substring(0, at), idVersion.substring(at + 1));
        if (p.isPresent() && p.get().usable()) {
          return resolved(p.get());
        }
        if (p.isPresent()) {
          throw new InvalidInputException("templatePack.unavailable", "pack", idVersion, p.get().failure());
        }
      }
      throw new RecordNotFoundException("templatePack", ref);
    }
    if (ref != null && ref.startsWith(UPLOADED)) {
      UUID id;
      try {
        id = UUID.fromString(ref.substring(UPLOADED.length()));
      } catch (IllegalArgumentException e) {
        throw new RecordNotFoundException("templatePack", ref);
      }
      UploadedPack p = repository.find(id).orElseThrow(() -> new RecordNotFoundException("templatePack", ref));
      return new Resolved(ref, p.packId(), p.packVersion(), p.sha256(), p.content(), p.id());
    }
    throw new RecordNotFoundException("templatePack", ref);
  }

  static Resolved resolved(BuiltInTemplatePacks.Installed p) {
    return new Resolved(
        BUILT_IN + p.info().id() + "@" + p.info().version(), p.info().id(), p.info().version(), p.info().sha256(),
        p.archive(), null);
  }
}
