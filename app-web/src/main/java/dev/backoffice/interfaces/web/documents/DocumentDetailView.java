package dev.backoffice.interfaces.web.documents;

import dev.backoffice.application.DocumentAdjustment;
import dev.backoffice.application.DocumentLine;
import dev.backoffice.plugin.api.document.DocumentKind;
import java.math.BigDecimal;
import java.util.List;

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
  private List<AdjustLine> adjustLines;
  private String adjustReason;

  /** A line of the УПД in the корректировка form: as it stands, and the new quantity and price entered. */
  public static class AdjustLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final DocumentLine current;
    private BigDecimal quantity;
    private BigDecimal price;

    AdjustLine(DocumentLine current) {
      this.current = current;
      this.quantity = current.quantity();
      this.price = current.price();
    }

    public DocumentLine getCurrent() {
      return current;
    }

    public BigDecimal getQuantity() {
      return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
      this.quantity = quantity;
    }

    public BigDecimal getPrice() {
      return price;
    }

    public void setPrice(BigDecimal price) {
      this.price = price;
    }
  }

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

  /** A УПД that is in force can get a корректировка (УКД) from operators and tenant admins. */
  public boolean isCanAdjust() {
    return isCanCancel() && document.kind() == DocumentKind.UPD;
  }

  public List<AdjustLine> getAdjustLines() {
    if (adjustLines == null && isCanAdjust()) {
      adjustLines = documents.getCurrentLines(document.id()).stream().map(AdjustLine::new).toList();
    }
    return adjustLines;
  }

  /** Issues the УКД with the lines whose quantity or price was changed, and opens it. */
  public String adjust() {
    try {
      List<DocumentAdjustment.Line> changed =
          getAdjustLines().stream()
              .filter(
                  l -> l.quantity == null || l.price == null
                      || l.quantity.compareTo(l.current.quantity()) != 0 || l.price.compareTo(l.current.price()) != 0)
              .map(l -> new DocumentAdjustment.Line(l.current.no(), l.quantity, l.price))
              .toList();
      DocumentView ukd = documents.adjust(document.id(), new DocumentAdjustment(adjustReason, changed));
      return "/app/document?faces-redirect=true&id=" + ukd.id();
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of("reason", "adjustForm:adjustReason", "lines", "adjustForm:adjustLines"));
      return null;
    }
  }

  public String getAdjustReason() {
    return adjustReason;
  }

  public void setAdjustReason(String adjustReason) {
    this.adjustReason = adjustReason;
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
