package dev.backoffice.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One gapless counter per (tenant, seller legal entity, document kind, year). It is only ever advanced while its row is
 * locked, in the transaction that stores the document carrying the number: a rollback gives the number back, a commit
 * makes it the document's for good.
 */
@Entity
@Table(name = "document_sequence")
public class DocumentSequence {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "legal_entity_id", nullable = false, updatable = false)
  private UUID legalEntityId;

  @Column(nullable = false, updatable = false, length = 20)
  private String kind;

  @Column(name = "period_year", nullable = false, updatable = false)
  private int year;

  @Column(name = "last_number", nullable = false)
  private int lastNumber;

  protected DocumentSequence() {}

  public DocumentSequence(UUID legalEntityId, String kind, int year) {
    this.id = UUID.randomUUID();
    this.legalEntityId = legalEntityId;
    this.kind = kind;
    this.year = year;
  }

  /** The next number; call only with the row locked. */
  public int next() {
    return ++lastNumber;
  }

  public int lastNumber() {
    return lastNumber;
  }

  public UUID id() {
    return id;
  }
}
