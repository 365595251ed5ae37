package dev.backoffice.domain.model.legalentity;

import dev.backoffice.domain.model.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A seller legal entity of a tenant: the party that signs contracts and issues invoices, acts and УПД for an event.
 *
 * <p>Invariants: belongs to exactly one tenant (set by Hibernate from the current tenant, never from input); its
 * requisites have passed the requisites gate before they are stored (the application service runs it). A legal
 * entity that has issued documents is deactivated rather than deleted.
 */
@Entity
@Table(name = "legal_entity")
public class LegalEntity {

  @Id
  private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "short_name", nullable = false, length = 200)
  private String shortName;

  @Column(name = "full_name", nullable = false, length = 500)
  private String fullName;

  @Column(nullable = false, length = 12)
  private String inn;

  @Column(length = 9)
  private String kpp;

  @Column(length = 15)
  private String ogrn;

  @Column(name = "legal_address", length = 500)
  private String legalAddress;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected LegalEntity() {}

  public LegalEntity(LegalEntityDetails details, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.active = true;
    this.createdAt = createdAt;
    change(details);
  }

  /** Replaces the details; the caller has validated the requisites. */
  public void change(LegalEntityDetails details) {
    this.shortName = Text.required("shortName", details.shortName(), 200);
    this.fullName = Text.required("fullName", details.fullName(), 500);
    this.inn = details.inn();
    this.kpp = details.kpp();
    this.ogrn = details.ogrn();
    this.legalAddress = Text.optional("legalAddress", details.legalAddress(), 500);
  }

  public void deactivate() {
    this.active = false;
  }

  public void activate() {
    this.active = true;
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public String shortName() {
    return shortName;
  }

  public String fullName() {
    return fullName;
  }

  public String inn() {
    return inn;
  }

  public String kpp() {
    return kpp;
  }

  public String ogrn() {
    return ogrn;
  }

  public String legalAddress() {
    return legalAddress;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  public LegalEntityDetails details() {
    return new LegalEntityDetails(shortName, fullName, inn, kpp, ogrn, legalAddress);
  }
}
