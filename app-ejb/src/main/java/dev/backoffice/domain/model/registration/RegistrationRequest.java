package dev.backoffice.domain.model.registration;

import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.event.Event;
import dev.backoffice.domain.model.event.Tariff;
import dev.backoffice.domain.model.shared.ConflictException;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A company's request to register participants for an event: the tariff, the participants, the company details as
 * submitted, a contact person, where it came from and when.
 *
 * <p>Invariants: the details passed the requisites gate at intake; status changes follow {@link RequestStatus} and
 * each is written to the history with who, when and why; a request received after registration closed carries a
 * recorded late exception; the idempotency key (if any) is unique per tenant, so a client that sends the same
 * request twice gets one request.
 */
@Entity
@Table(name = "registration_request")
public class RegistrationRequest {

  public static final int MAX_PARTICIPANTS = 500;

  @Id
  private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false, updatable = false)
  private Event event;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tariff_id", nullable = false)
  private Tariff tariff;

  @Column(name = "participants_count", nullable = false)
  private int participantsCount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private RequestSource source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private RequestStatus status;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "sla_deadline")
  private Instant slaDeadline;

  @Column(name = "idempotency_key", length = 200, updatable = false)
  private String idempotencyKey;

  @Column(name = "request_hash", length = 64, updatable = false)
  private String requestHash;

  @Embedded
  private CompanyDetails company;

  @Embedded
  private ContactPerson contact;

  @Column(name = "counterparty_id")
  private UUID counterpartyId;

  @Column(name = "directory_differs", nullable = false)
  private boolean directoryDiffers;

  @Column(name = "late_exception", nullable = false)
  private boolean lateException;

  @Column(name = "late_reason", length = 1000)
  private String lateReason;

  @Column(length = 200)
  private String assignee;

  @Column(name = "document_locale", nullable = false, length = 10)
  private String documentLocale = "ru";

  @Version
  private long version;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("positionNo")
  private List<Participant> participants = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("occurredAt")
  private List<HistoryEntry> history = new ArrayList<>();

  protected RegistrationRequest() {}

  /**
   * A new request. {@code company} has passed the gate; the caller decides whether a late exception is allowed and
   * passes its reason, or null when registration is open.
   */
  public RegistrationRequest(
      Event event,
      Tariff tariff,
      List<ParticipantDetails> people,
      CompanyDetails company,
      ContactPerson contact,
      RequestSource source,
      Instant receivedAt,
      Instant slaDeadline,
      String idempotencyKey,
      String requestHash,
      String actor,
      String lateReason) {
    this.id = UUID.randomUUID();
    this.event = event;
    if (tariff == null || !tariff.event().id().equals(event.id())) {
      throw new InvalidInputException("request.tariffNotOfEvent", "tariffId");
    }
    if (!tariff.active()) {
      throw new InvalidInputException("request.tariffInactive", "tariffId");
    }
    this.tariff = tariff;
    this.company = company;
    this.contact = checkedContact(contact);
    this.source = source;
    this.receivedAt = receivedAt;
    this.slaDeadline = slaDeadline;
    this.idempotencyKey = idempotencyKey;
    this.requestHash = requestHash;
    this.status = RequestStatus.NEW;
    if (people == null || people.isEmpty()) {
      throw new InvalidInputException("request.noParticipants", "participants");
    }
    if (people.size() > MAX_PARTICIPANTS) {
      throw new InvalidInputException("request.tooManyParticipants", "participants", MAX_PARTICIPANTS);
    }
    for (ParticipantDetails p : people) {
      int n = participants.size();
      String field = "participants[" + n + "]";
      String mail = Text.optional(field + ".email", p == null ? null : p.email(), 254);
      if (mail != null && !Text.isEmail(mail)) {
        throw new InvalidInputException("email", field + ".email");
      }
      participants.add(
          new Participant(
              this,
              n,
              Text.required(field + ".fullName", p == null ? null : p.fullName(), 300),
              mail,
              Text.optional(field + ".position", p == null ? null : p.position(), 200)));
    }
    this.participantsCount = participants.size();
    history.add(new HistoryEntry(this, receivedAt, actor, HistoryKind.RECEIVED, null, RequestStatus.NEW, source.name()));
    if (lateReason != null) {
      this.lateException = true;
      this.lateReason = Text.required("lateReason", lateReason, 1000);
      history.add(new HistoryEntry(this, receivedAt, actor, HistoryKind.LATE_EXCEPTION, null, null, this.lateReason));
    }
  }

  private static ContactPerson checkedContact(ContactPerson c) {
    if (c == null) {
      throw new InvalidInputException("required", "contact.name");
    }
    String email = Text.required("contact.email", c.email(), 254);
    if (!Text.isEmail(email)) {
      throw new InvalidInputException("email", "contact.email");
    }
    return new ContactPerson(Text.required("contact.name", c.name(), 200), email, Text.optional("contact.phone", c.phone(), 50));
  }

  /** Moves to {@code to} if the life cycle allows it, recording who, when and why. */
  public void moveTo(RequestStatus to, String actor, String comment, Instant at) {
    if (!status.canMoveTo(to)) {
      throw new ConflictException("request.transition", "status", status.name(), to.name());
    }
    String why = Text.optional("comment", comment, 2000);
    history.add(new HistoryEntry(this, at, actor, HistoryKind.STATUS, status, to, why));
    status = to;
  }

  public void assignTo(String newAssignee, String actor, Instant at) {
    String a = Text.optional("assignee", newAssignee, 200);
    history.add(new HistoryEntry(this, at, actor, HistoryKind.ASSIGNED, null, null, a == null ? "-" : a));
    this.assignee = a;
  }

  public void comment(String text, String actor, Instant at) {
    history.add(new HistoryEntry(this, at, actor, HistoryKind.COMMENT, null, null, Text.required("comment", text, 2000)));
  }

  /**
   * Replaces the company details with corrected ones (already through the requisites gate), recording who, when, why
   * and every changed field with its old and new value. A cancelled request is not corrected; a request without a
   * change is refused, so the history never holds an empty correction.
   */
  public void correctCompany(CompanyDetails corrected, String actor, String reason, Instant at) {
    if (status == RequestStatus.CANCELLED) {
      throw new ConflictException("request.correctionCancelled", "status", status.name());
    }
    String why = Text.required("reason", reason, 1000);
    List<String> changes = company.changesTo(corrected);
    if (changes.isEmpty()) {
      throw new InvalidInputException("request.correctionUnchanged", "company");
    }
    String text = why + ": " + String.join("; ", changes);
    history.add(
        new HistoryEntry(
            this, at, actor, HistoryKind.REQUISITES_CORRECTED, null, null,
            text.length() > 2000 ? text.substring(0, 1999) + "…" : text));
    this.company = corrected;
  }

  /** The languages contracts and invoices are drawn up in. */
  public static final Set<String> DOCUMENT_LANGUAGES = Set.of("ru", "en");

  /**
   * Chooses the language of the contract and the invoice ({@code ru} or {@code en}); only until they are issued, and
   * recorded in the history when it changes.
   */
  public void chooseDocumentLanguage(String language, String actor, Instant at) {
    String lang = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
    if (lang == null || !DOCUMENT_LANGUAGES.contains(lang)) {
      throw new InvalidInputException("request.documentLanguage", "documentLanguage", language);
    }
    if (lang.equals(documentLocale)) {
      return;
    }
    if (!(status.isOpen() || status == RequestStatus.APPROVED)) {
      throw new ConflictException("request.documentLanguageLocked", "documentLanguage", status.name());
    }
    history.add(
        new HistoryEntry(this, at, actor, HistoryKind.COMMENT, null, null, "documentLanguage: " + documentLocale + " → " + lang));
    this.documentLocale = lang;
  }

  public String documentLocale() {
    return documentLocale;
  }

  /** Links the request to its directory entry; {@code differs} when the submitted details are not the directory's. */
  public void matchDirectory(UUID counterpartyId, boolean differs) {
    this.counterpartyId = counterpartyId;
    this.directoryDiffers = differs;
  }

  /** Records the operator's explicit choice between submitted and directory details. */
  public void recordDirectoryChoice(UUID counterpartyId, String choice, String actor, Instant at) {
    this.counterpartyId = counterpartyId;
    this.directoryDiffers = false;
    history.add(new HistoryEntry(this, at, actor, HistoryKind.DIRECTORY_CHOICE, null, null, choice));
  }

  /** Same request as one received with this idempotency key before? */
  public boolean sameRequestAs(String hash) {
    return requestHash != null && requestHash.equals(hash);
  }

  public UUID id() {
    return id;
  }

  public Event event() {
    return event;
  }

  public Tariff tariff() {
    return tariff;
  }

  public int participantsCount() {
    return participantsCount;
  }

  public RequestSource source() {
    return source;
  }

  public RequestStatus status() {
    return status;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant slaDeadline() {
    return slaDeadline;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public CompanyDetails company() {
    return company;
  }

  public ContactPerson contact() {
    return contact;
  }

  public UUID counterpartyId() {
    return counterpartyId;
  }

  public boolean directoryDiffers() {
    return directoryDiffers;
  }

  public boolean lateException() {
    return lateException;
  }

  public String lateReason() {
    return lateReason;
  }

  public String assignee() {
    return assignee;
  }

  public long version() {
    return version;
  }

  public List<Participant> participants() {
    return List.copyOf(participants);
  }

  public List<HistoryEntry> history() {
    return List.copyOf(history);
  }
}
