package dev.backoffice.interfaces.web.queue;

import dev.backoffice.application.BulkProgress;
import dev.backoffice.application.DocumentService;

import dev.backoffice.application.DirectoryChoice;
import dev.backoffice.application.EventService;
import dev.backoffice.application.EventView;
import dev.backoffice.application.QueuePage;
import dev.backoffice.application.RegistrationService;
import dev.backoffice.application.RegistrationSummary;
import dev.backoffice.domain.model.registration.QueueFilter;
import dev.backoffice.domain.model.registration.QueueOrder;
import dev.backoffice.domain.model.registration.RequestStatus;
import dev.backoffice.interfaces.web.FacesMessages;
import dev.backoffice.interfaces.web.shell.ShellView;
import dev.backoffice.tenancy.Roles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dev.backoffice.interfaces.facade.QueueExport;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The rush-hour queue: a lazily loaded, server-side paged table of the tenant's registration requests with an SLA
 * clock per request, counters per status, "registration closes in N hours" banners, taking requests and bulk
 * approval. The table refreshes itself without losing the page, the sort, the filters or the selection.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Banners show events whose registration closes within this time. */
  static final Duration BANNER_HORIZON = Duration.ofDays(7);

  @Inject transient RegistrationService registrations;

  @Inject transient DocumentService documents;

  private BulkProgress issueRun;

  @Inject transient EventService events;

  @Inject transient ShellView shell;

  @Inject transient QueueExport export;

  private RequestStatus status;
  private UUID eventId;
  private String search;
  private List<RegistrationSummary> selected = new ArrayList<>();
  private Map<RequestStatus, Long> counts;
  private List<EventView> eventList;
  private final LazyDataModel<RegistrationSummary> model = new Model();

  public LazyDataModel<RegistrationSummary> getModel() {
    return model;
  }

  public boolean isCanAct() {
    return shell.hasRole(Roles.OPERATOR) || shell.hasRole(Roles.TENANT_ADMIN);
  }

  public Map<RequestStatus, Long> getCounts() {
    if (counts == null) {
      counts = registrations.queue(QueueFilter.all(), QueueOrder.DEADLINE, 0, 1).countsByStatus();
    }
    return counts;
  }

  public RequestStatus[] getStatuses() {
    return RequestStatus.values();
  }

  public List<EventView> getEvents() {
    if (eventList == null) {
      eventList = events.list();
    }
    return eventList;
  }

  /** Open events whose registration closes within a week, soonest first. */
  public List<EventView> getClosingSoon() {
    Instant now = Instant.now();
    return getEvents().stream()
        .filter(e -> e.registrationOpenNow() && Duration.between(now, e.registrationClosesAt()).compareTo(BANNER_HORIZON) < 0)
        .sorted((a, b) -> a.registrationClosesAt().compareTo(b.registrationClosesAt()))
        .toList();
  }

  public long hoursUntil(Instant t) {
    return Math.max(0, Duration.between(Instant.now(), t).toHours());
  }

  public String slaState(RegistrationSummary r) {
    return SlaClock.state(r.status(), r.receivedAt(), r.slaDeadline(), Instant.now());
  }

  public String slaLeft(RegistrationSummary r) {
    return SlaClock.left(r.status(), r.slaDeadline(), Instant.now());
  }

  /** Called by the poll and after actions: counters and banners are read again; the table keeps its state. */
  public void refresh() {
    counts = null;
    eventList = null;
  }

  public void filterStatus(RequestStatus s) {
    status = s;
  }

  public void take(RegistrationSummary r) {
    try {
      registrations.take(r.id());
      refresh();
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of());
    }
  }

  /** Approves every selected request that is in review; reports how many went through and why the others did not. */
  public void approveSelected() {
    int approved = 0;
    for (RegistrationSummary r : selected) {
      try {
        registrations.approve(r.id(), currentVersion(r), (DirectoryChoice) null, null);
        approved++;
      } catch (RuntimeException e) {
        FacesMessages.refusal(e, Map.of());
      }
    }
    FacesMessages.info("queue.approved", approved, selected.size());
    selected = new ArrayList<>();
    refresh();
  }

  /**
   * Issues the contract and the invoice for every selected request in the background, each in its own transaction;
   * the progress bar follows the run, refusals are listed with their reason.
   */
  public void issueSelected() {
    if (selected == null || selected.isEmpty()) {
      FacesMessages.error("documents.selectFirst");
      return;
    }
    try {
      issueRun = documents.startDealPacks(selected.stream().map(RegistrationSummary::id).toList());
      selected = new ArrayList<>();
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of());
    }
  }

  public BulkProgress getIssueRun() {
    return issueRun;
  }

  /** The poll's listener: the run's progress, and the table once it is done. */
  public void refreshIssueRun() {
    if (issueRun != null) {
      issueRun = documents.getDealPackProgress(issueRun.runId());
      if (!issueRun.running()) {
        refresh();
      }
    }
  }

  public String refusalText(dev.backoffice.application.ClosingProgress.Failure f) {
    return FacesMessages.text("error." + f.code(), f.requestId().toString().substring(0, 8), "", "", "");
  }

  private long currentVersion(RegistrationSummary r) {
    return registrations.get(r.id()).summary().version();
  }

  /** The queue as it is filtered now, as a CSV download. */
  public StreamedContent getCsv() {
    byte[] csv = export.csv(new QueueFilter(status, eventId, search), FacesMessages.locale());
    return DefaultStreamedContent.builder()
        .name("registration-requests.csv")
        .contentType("text/csv;charset=UTF-8")
        .contentLength((long) csv.length)
        .stream(() -> new java.io.ByteArrayInputStream(csv))
        .build();
  }

  public RequestStatus getStatus() {
    return status;
  }

  public void setStatus(RequestStatus status) {
    this.status = status;
  }

  public UUID getEventId() {
    return eventId;
  }

  public void setEventId(UUID eventId) {
    this.eventId = eventId;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public List<RegistrationSummary> getSelected() {
    return selected;
  }

  public void setSelected(List<RegistrationSummary> selected) {
    this.selected = selected == null ? new ArrayList<>() : selected;
  }

  private final class Model extends LazyDataModel<RegistrationSummary> {

    private static final long serialVersionUID = 1L;

    private transient List<RegistrationSummary> page = List.of();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, query(0, 1, null).total());
    }

    @Override
    public List<RegistrationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      QueuePage p = query(first, pageSize, sortBy);
      setRowCount((int) Math.min(Integer.MAX_VALUE, p.total()));
      page = p.items();
      return page;
    }

    private QueuePage query(int first, int size, Map<String, SortMeta> sortBy) {
      return registrations.queue(new QueueFilter(status, eventId, search), order(sortBy), first, size);
    }

    private QueueOrder order(Map<String, SortMeta> sortBy) {
      if (sortBy == null || sortBy.isEmpty()) {
        return QueueOrder.DEADLINE;
      }
      SortMeta s = sortBy.values().iterator().next();
      return switch (s.getField()) {
        case "receivedAt" -> QueueOrder.RECEIVED_DESC;
        case "companyName" -> QueueOrder.COMPANY;
        default -> QueueOrder.DEADLINE;
      };
    }

    @Override
    public String getRowKey(RegistrationSummary r) {
      return r.id().toString();
    }

    @Override
    public RegistrationSummary getRowData(String rowKey) {
      for (RegistrationSummary r : page == null ? List.<RegistrationSummary>of() : page) {
        if (r.id().toString().equals(rowKey)) {
          return r;
        }
      }
      return registrations.get(UUID.fromString(rowKey)).summary();
    }
  }
}
