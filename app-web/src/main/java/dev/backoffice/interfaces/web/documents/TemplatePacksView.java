package dev.backoffice.interfaces.web.documents;

import dev.backoffice.application.DocumentService;
import dev.backoffice.application.TemplatePackService;
import dev.backoffice.interfaces.web.FacesMessages;
import dev.backoffice.interfaces.web.shell.ShellView;
import dev.backoffice.plugin.api.document.DocumentKind;
import dev.backoffice.tenancy.Roles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Template packs of the tenant: built-in and uploaded packs, upload (checked before it is stored), a preview of any
 * kind with sample data, and the active pack per kind and language. Everyone reads; the tenant admin changes.
 */
@Named
@ViewScoped
public class TemplatePacksView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TemplatePackService packs;

  @Inject transient ShellView shell;

  private transient List<TemplatePackService.PackView> packList;
  private transient List<TemplatePackService.ChoiceView> choiceList;
  private transient UploadedFile file;
  private String previewPack;
  private DocumentKind previewKind = DocumentKind.INVOICE;
  private String previewLocale = "ru";

  public boolean isCanEdit() {
    return shell.hasRole(Roles.TENANT_ADMIN);
  }

  public List<TemplatePackService.PackView> getPacks() {
    if (packList == null) {
      packList = packs.listPacks();
    }
    return packList;
  }

  public List<TemplatePackService.ChoiceView> getChoices() {
    if (choiceList == null) {
      choiceList = packs.listChoices();
    }
    return choiceList;
  }

  public DocumentKind[] getKinds() {
    return DocumentKind.values();
  }

  public String templatesOf(TemplatePackService.PackView p) {
    return String.join(", ", p.templates().stream().map(t -> t.kind() + "/" + t.locale()).toList());
  }

  /** The upload: checked completely by the service; a refusal says why and stores nothing. */
  public void upload() {
    if (file == null || file.getSize() == 0) {
      FacesMessages.error("packs.chooseFile");
      return;
    }
    try {
      TemplatePackService.PackView p = packs.upload(file.getContent(), file.getFileName());
      FacesMessages.info("packs.uploaded", p.id() + "@" + p.version());
      packList = null;
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of());
    }
  }

  public void choose(TemplatePackService.PackView pack, DocumentKind kind, String locale) {
    try {
      packs.choose(kind, locale, pack.ref());
      FacesMessages.info("packs.chosen", pack.id() + "@" + pack.version(), kind, locale);
      choiceList = null;
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of());
    }
  }

  public void usePreviewPack() {
    if (previewPack == null) {
      return;
    }
    getPacks().stream()
        .filter(p -> previewPack.equals(p.ref()))
        .findFirst()
        .ifPresent(p -> choose(p, previewKind, previewLocale));
  }

  /** The preview PDF, for download or the inline frame. */
  public StreamedContent getPreview() {
    if (previewPack == null || previewPack.isBlank()) {
      return null;
    }
    try {
      DocumentService.DocumentFile f = packs.getPreview(previewPack, previewKind, previewLocale);
      return DefaultStreamedContent.builder()
          .name(f.fileName())
          .contentType(f.contentType())
          .stream(() -> new ByteArrayInputStream(f.content()))
          .build();
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of());
      return null;
    }
  }

  public String getPreviewUrl() {
    if (previewPack == null || previewPack.isBlank()) {
      return null;
    }
    return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/app/files/preview?pack="
        + java.net.URLEncoder.encode(previewPack, java.nio.charset.StandardCharsets.UTF_8)
        + "&kind=" + previewKind + "&locale=" + previewLocale;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getPreviewPack() {
    return previewPack;
  }

  public void setPreviewPack(String previewPack) {
    this.previewPack = previewPack;
  }

  public DocumentKind getPreviewKind() {
    return previewKind;
  }

  public void setPreviewKind(DocumentKind previewKind) {
    this.previewKind = previewKind;
  }

  public String getPreviewLocale() {
    return previewLocale;
  }

  public void setPreviewLocale(String previewLocale) {
    this.previewLocale = previewLocale;
  }
}
