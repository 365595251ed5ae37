package dev.backoffice.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One line of a tenant's audit trail: who did what to which record, and when. Written in the same transaction as the
 * change it records; never updated or deleted.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 200)
  private String actor;

  @Column(nullable = false, length = 100)
  private String action;

  @Column(name = "subject_type", nullable = false, length = 100)
  private String subjectType;

  @Column(name = "subject_id", length = 100)
  private String subjectId;

  @Column(length = 2000)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt, String actor, String action, String subjectType, String subjectId, String detail) {
    this.id = UUID.randomUUID();
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }

  public String detail() {
    return detail;
  }
}
