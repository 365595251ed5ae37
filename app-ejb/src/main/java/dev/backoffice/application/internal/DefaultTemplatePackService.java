package dev.backoffice.application.internal;

import dev.backoffice.application.BuiltInTemplatePacks;
import dev.backoffice.application.DocumentRenderer;
import dev.backoffice.application.DocumentService;
import dev.backoffice.application.TemplatePackService;
import dev.backoffice.domain.model.document.TemplateChoice;
import dev.backoffice.domain.model.document.TemplatePackRepository;
import dev.backoffice.domain.model.document.UploadedPack;
import dev.backoffice.domain.model.shared.ConflictException;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.plugin.api.document.DocumentKind;
import dev.backoffice.plugin.api.document.SampleDocuments;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Template packs of the tenant. An upload is checked completely by the renderer (limits, paths, descriptor, compiled
 * stylesheets, a sample render of every template) before anything is stored; a stored version never changes.
 */
@Stateless
@DeclareRoles({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
public class DefaultTemplatePackService implements TemplatePackService {

  static final String KIND = "templatePack";
  static final List<String> LOCALES = List.of("ru", "en");

  @Inject BuiltInTemplatePacks builtIn;

  @Inject TemplatePackRepository repository;

  @Inject TemplatePacks packs;

  @Inject DocumentRenderer renderer;

  @Inject TenantContext tenantContext;

  @Inject AuditTrail audit;

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public List<PackView> listPacks() {
    tenantContext.requireTenantId();
    List<PackView> all = new ArrayList<>();
    for (BuiltInTemplatePacks.Installed p : builtIn.list()) {
      DocumentRenderer.PackInfo i = p.info();
      all.add(
          i == null
              ? new PackView(null, p.file(), "", p.file(), true, null, List.of(), null, null, p.failure())
              : new PackView(
                  TemplatePacks.BUILT_IN + i.id() + "@" + i.version(), i.id(), i.version(), i.name(), true,
                  i.sha256(), i.templates(), null, null, p.failure()));
    }
    for (UploadedPack p : repository.list()) {
      all.add(
          new PackView(
              TemplatePacks.UPLOADED + p.id(), p.packId(), p.packVersion(), p.name(), false, p.sha256(),
              templates(p.templates()), p.uploadedAt(), p.uploadedBy(), null));
    }
    return all;
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public PackView upload(byte[] archive, String fileName) {
    tenantContext.requireTenantId();
    DocumentRenderer.PackInfo info = renderer.inspect(archive);
    if (builtIn.find(info.id(), info.version()).isPresent()) {
      throw new ConflictException("templatePack.builtInId", "file", info.label());
    }
    if (repository.find(info.id(), info.version()).isPresent()) {
      throw new ConflictException("templatePack.versionExists", "file", info.label());
    }
    String templates =
        info.templates().stream().map(t -> t.kind() + "/" + t.locale()).collect(Collectors.joining(","));
    UploadedPack p =
        new UploadedPack(
            info.id(), info.version(), info.name(), info.sha256(), templates, archive, Instant.now(),
            tenantContext.callerName());
    repository.add(p);
    audit.record(
        "templatePack.uploaded", KIND, p.id(),
        info.label() + " sha256 " + info.sha256() + " (" + fileName + ", " + archive.length + " bytes)");
    return new PackView(
        TemplatePacks.UPLOADED + p.id(), p.packId(), p.packVersion(), p.name(), false, p.sha256(),
        info.templates(), p.uploadedAt(), p.uploadedBy(), null);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public DocumentService.DocumentFile getPreview(String packRef, DocumentKind kind, String locale) {
    tenantContext.requireTenantId();
    if (kind == null || locale == null || !LOCALES.contains(locale)) {
      throw new InvalidInputException("templatePack.previewKind", "kind");
    }
    TemplatePacks.Resolved pack = packs.byRef(packRef);
    DocumentRenderer.Rendered r = renderer.render(pack.archive(), SampleDocuments.sample(kind, locale));
    return new DocumentService.DocumentFile(
        "preview-" + pack.id() + "-" + pack.version() + "-" + kind.name().toLowerCase() + "-" + locale + ".pdf",
        "application/pdf",
        r.pdf());
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public List<ChoiceView> listChoices() {
    tenantContext.requireTenantId();
    List<ChoiceView> out = new ArrayList<>();
    for (String locale : LOCALES) {
      for (DocumentKind kind : DocumentKind.values()) {
        Optional<TemplateChoice> c = repository.choice(kind, locale);
        if (c.isPresent()) {
          TemplateChoice t = c.get();
          String ref =
              t.uploadedPackId() != null
                  ? TemplatePacks.UPLOADED + t.uploadedPackId()
                  : TemplatePacks.BUILT_IN + t.packId() + "@" + t.packVersion();
          out.add(new ChoiceView(kind, locale, ref, t.packId() + "@" + t.packVersion(), true, t.uploadedPackId()));
        } else {
          packs
              .defaultFor(kind, locale)
              .ifPresent(d -> out.add(new ChoiceView(kind, locale, d.ref(), d.label(), false, null)));
        }
      }
    }
    return out;
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public ChoiceView choose(DocumentKind kind, String locale, String packRef) {
    tenantContext.requireTenantId();
    if (kind == null || locale == null || !LOCALES.contains(locale)) {
      throw new InvalidInputException("templatePack.previewKind", "kind");
    }
    TemplatePacks.Resolved pack = packs.byRef(packRef);
    boolean provides =
        listPacks().stream()
            .filter(p -> packRef.equals(p.ref()))
            .flatMap(p -> p.templates().stream())
            .anyMatch(t -> t.kind() == kind && t.locale().equals(locale));
    if (!provides) {
      throw new InvalidInputException("templatePack.noTemplate", "pack", pack.label(), kind, locale);
    }
    TemplateChoice choice = repository.choice(kind, locale).orElse(null);
    if (choice == null) {
      choice = new TemplateChoice(kind, locale);
      choice.choose(pack.uploadedId(), pack.id(), pack.version(), tenantContext.callerName(), Instant.now());
      repository.add(choice);
    } else {
      choice.choose(pack.uploadedId(), pack.id(), pack.version(), tenantContext.callerName(), Instant.now());
    }
    repository.flush();
    audit.record("templatePack.chosen", KIND, choice.id(), kind + "/" + locale + " -> " + pack.label());
    return new ChoiceView(kind, locale, packRef, pack.label(), true, pack.uploadedId());
  }

  static List<DocumentRenderer.Template> templates(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    return Arrays.stream(stored.split(","))
        .map(s -> s.split("/"))
        .map(a -> new DocumentRenderer.Template(DocumentKind.valueOf(a[0]), a[1]))
        .toList();
  }
}
