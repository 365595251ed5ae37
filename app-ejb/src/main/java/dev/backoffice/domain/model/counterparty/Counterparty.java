package dev.backoffice.domain.model.counterparty;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A buyer in the tenant's directory, found again by ИНН + КПП on the next request. Its details are the ones an
 * operator confirmed; a request with different details never changes them silently (the operator chooses, and the
 * choice is recorded on the request).
 */
@Entity
@Table(name = "counterparty")
public class Counterparty {

  @Id
  private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Embedded
  private CompanyDetails details;

  /** КПП or "" for an entrepreneur: the unique key (tenant, ИНН, КПП) needs a non-null column. */
  @Column(name = "kpp_key", nullable = false, length = 9)
  private String kppKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Counterparty() {}

  /** Details that have passed the requisites gate, normalised. */
  public Counterparty(CompanyDetails details, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.createdAt = createdAt;
    replaceDetails(details);
  }

  public void replaceDetails(CompanyDetails details) {
    this.details = details;
    this.kppKey = details.kpp() == null ? "" : details.kpp();
  }

  public static String kppKey(String kpp) {
    return kpp == null ? "" : kpp;
  }

  public UUID id() {
    return id;
  }

  public CompanyDetails details() {
    return details;
  }

  public long version() {
    return version;
  }
}
