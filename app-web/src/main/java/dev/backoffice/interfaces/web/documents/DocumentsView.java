package dev.backoffice.interfaces.web.documents;

import dev.backoffice.application.ClosingProgress;
import dev.backoffice.application.DocumentService;
import dev.backoffice.application.DocumentView;
import dev.backoffice.application.EventService;
import dev.backoffice.application.EventView;
import dev.backoffice.domain.model.document.DocumentStatus;
import dev.backoffice.interfaces.facade.DocumentArchive;
import dev.backoffice.interfaces.web.FacesMessages;
import dev.backoffice.plugin.api.document.DocumentKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** The tenant's issued documents: lazy and server-paged, filtered by kind, status, event and buyer; ZIP of a selection. */
@Named
@ViewScoped
public class DocumentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient DocumentService documents;

  @Inject transient EventService events;

  @Inject transient DocumentArchive archive;

  private DocumentKind kind;
  private DocumentStatus status;
  private UUID eventId;
  private String buyer;
  private List<DocumentView> selected = new ArrayList<>();
  private transient List<EventView> eventList;

  private final LazyDataModel<DocumentView> model = new Model();
  private UUID closingEventId;
  private transient ClosingProgress closing;

  @Inject transient dev.backoffice.interfaces.web.shell.ShellView shell;

  public boolean isCanIssue() {
    return shell.hasRole(dev.backoffice.tenancy.Roles.OPERATOR) || shell.hasRole(dev.backoffice.tenancy.Roles.TENANT_ADMIN);
  }

  /** Starts (or resumes) the closing documents of the chosen event in the background. */
  public void startClosing() {
    if (closingEventId == null) {
      FacesMessages.error("error.required", FacesMessages.text("closing.event"));
      return;
    }
    try {
      closing = documents.startClosing(closingEventId);
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, java.util.Map.of());
    }
  }

  public ClosingProgress getClosing() {
    if (closingEventId == null) {
      return null;
    }
    if (closing == null) {
      closing = documents.getClosingProgress(closingEventId);
    }
    return closing;
  }

  /** Why a request got no closing documents, in the user's language. */
  public String failureText(ClosingProgress.Failure f) {
    String who = f.requestId() == null ? "" : f.requestId().toString().substring(0, 8);
    return FacesMessages.text("error." + f.code(), who, "", "", "");
  }

  /** The poll's listener: reads the progress again. */
  public void refreshClosing() {
    closing = null;
  }

  public UUID getClosingEventId() {
    return closingEventId;
  }

  public void setClosingEventId(UUID closingEventId) {
    this.closingEventId = closingEventId;
    this.closing = null;
  }

  public LazyDataModel<DocumentView> getModel() {
    return model;
  }

  public DocumentKind[] getKinds() {
    return DocumentKind.values();
  }

  public DocumentStatus[] getStatuses() {
    return DocumentStatus.values();
  }

  public List<EventView> getEvents() {
    if (eventList == null) {
      eventList = events.list();
    }
    return eventList;
  }

  /** The selected documents' PDFs as one ZIP. */
  public StreamedContent getZip() {
    if (selected == null || selected.isEmpty()) {
      FacesMessages.error("documents.selectFirst");
      return null;
    }
    byte[] zip = archive.zip(selected.stream().map(DocumentView::id).toList());
    return DefaultStreamedContent.builder()
        .name("documents.zip")
        .contentType("application/zip")
        .stream(() -> new ByteArrayInputStream(zip))
        .build();
  }

  public DocumentKind getKind() {
    return kind;
  }

  public void setKind(DocumentKind kind) {
    this.kind = kind;
  }

  public DocumentStatus getStatus() {
    return status;
  }

  public void setStatus(DocumentStatus status) {
    this.status = status;
  }

  public UUID getEventId() {
    return eventId;
  }

  public void setEventId(UUID eventId) {
    this.eventId = eventId;
  }

  public String getBuyer() {
    return buyer;
  }

  public void setBuyer(String buyer) {
    this.buyer = buyer;
  }

  public List<DocumentView> getSelected() {
    return selected;
  }

  public void setSelected(List<DocumentView> selected) {
    this.selected = selected;
  }

  private final class Model extends LazyDataModel<DocumentView> {

    private static final long serialVersionUID = 1L;

    private transient List<DocumentView> page = List.of();

    private DocumentService.DocumentQuery query() {
      return new DocumentService.DocumentQuery(kind, status, eventId, null, buyer);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, documents.list(query(), 0, 1).total());
    }

    @Override
    public List<DocumentView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      DocumentService.DocumentPage p = documents.list(query(), first, pageSize);
      setRowCount((int) Math.min(Integer.MAX_VALUE, p.total()));
      page = p.documents();
      return page;
    }

    @Override
    public String getRowKey(DocumentView d) {
      return d.id().toString();
    }

    @Override
    public DocumentView getRowData(String rowKey) {
      for (DocumentView d : page == null ? List.<DocumentView>of() : page) {
        if (d.id().toString().equals(rowKey)) {
          return d;
        }
      }
      return documents.get(UUID.fromString(rowKey));
    }
  }
}
