package dev.backoffice.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One line of a request's history: who did what, when and why. Append-only. */
@Entity
@Immutable
@Table(name = "request_history")
public class HistoryEntry {

  @Id
  private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private RegistrationRequest request;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 200)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private HistoryKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 30)
  private RequestStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 30)
  private RequestStatus toStatus;

  @Column(length = 2000)
  private String comment;

  protected HistoryEntry() {}

  HistoryEntry(
      RegistrationRequest request,
      Instant occurredAt,
      String actor,
      HistoryKind kind,
      RequestStatus fromStatus,
      RequestStatus toStatus,
      String comment) {
    this.id = UUID.randomUUID();
    this.request = request;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.kind = kind;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.comment = comment;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public HistoryKind kind() {
    return kind;
  }

  public RequestStatus fromStatus() {
    return fromStatus;
  }

  public RequestStatus toStatus() {
    return toStatus;
  }

  public String comment() {
    return comment;
  }
}
