package dev.backoffice.interfaces.web.documents;

import dev.backoffice.application.DocumentService;
import dev.backoffice.application.DocumentView;
import dev.backoffice.domain.model.document.DocumentStatus;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.interfaces.web.FacesMessages;
import dev.backoffice.interfaces.web.shell.ShellView;
import dev.backoffice.tenancy.Roles;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/** One issued document: its metadata, the PDF inline, download, and cancellation for operators and tenant admins. */
@Named
@ViewScoped
public class DocumentDetailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient DocumentService documents;

  @Inject transient ShellView shell;

  private String idText;
  private DocumentView document;
  private String reason;

  /** Loads the document named in the URL; a malformed or unknown id (or another tenant's) answers 404. */
  public void load() throws IOException {
    try {
      document = idText == null ? null : documents.get(UUID.fromString(idText.strip()));
    } catch (RecordNotFoundException | IllegalArgumentException e) {
      document = null;
    }
    if (document == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public boolean isCanCancel() {
    return (shell.hasRole(Roles.OPERATOR) || shell.hasRole(Roles.TENANT_ADMIN))
        && document.status() == DocumentStatus.ISSUED;
  }

  public void cancel() {
    try {
      document = documents.cancel(document.id(), document.version(), reason);
      reason = null;
      FacesMessages.info("document.cancelledInfo");
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of("reason", "cancelForm:reason"));
      document = documents.get(document.id());
    }
  }

  /** Issues the исправление of this document (from the request's current details) and opens it. */
  public String correct() {
    try {
      DocumentView fix = documents.correct(document.id(), reason);
      reason = null;
      return "/app/document?faces-redirect=true&id=" + fix.id();
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of("reason", "cancelForm:reason"));
      document = documents.get(document.id());
      return null;
    }
  }

  public String getPdfUrl() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/app/files/document/" + document.id();
  }

  public DocumentView getDocument() {
    return document;
  }

  public String getIdText() {
    return idText;
  }

  public void setIdText(String idText) {
    this.idText = idText;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
