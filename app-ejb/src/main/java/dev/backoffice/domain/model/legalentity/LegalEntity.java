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

  @Column(name = "postal_address", length = 500)
  private String postalAddress;

  @Column(name = "bank_name", length = 300)
  private String bankName;

  @Column(length = 9)
  private String bik;

  @Column(name = "correspondent_account", length = 20)
  private String correspondentAccount;

  @Column(name = "settlement_account", length = 20)
  private String settlementAccount;

  @Column(name = "director_position", length = 200)
  private String directorPosition;

  @Column(name = "director_name", length = 200)
  private String directorName;

  @Column(name = "chief_accountant_name", length = 200)
  private String chiefAccountantName;

  @Column(length = 254)
  private String email;

  @Column(length = 50)
  private String phone;

  @Column(name = "vat_payer", nullable = false)
  private boolean vatPayer = true;

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
    this.postalAddress = Text.optional("postalAddress", details.postalAddress(), 500);
    this.bankName = Text.optional("bankName", details.bankName(), 300);
    this.bik = details.bik();
    this.correspondentAccount = details.correspondentAccount();
    this.settlementAccount = details.settlementAccount();
    this.directorPosition = Text.optional("directorPosition", details.directorPosition(), 200);
    this.directorName = Text.optional("directorName", details.directorName(), 200);
    this.chiefAccountantName = Text.optional("chiefAccountantName", details.chiefAccountantName(), 200);
    this.email = Text.optional("email", details.email(), 254);
    this.phone = Text.optional("phone", details.phone(), 50);
    if (details.vatPayer() != null) {
      this.vatPayer = details.vatPayer();
    }
  }

  /** Pays VAT (its УПД is a счёт-фактура, status 1) or not (status 2). */
  public boolean vatPayer() {
    return vatPayer;
  }

  /** What documents need from the seller that is still missing (field names), empty when it can issue them. */
  public java.util.List<String> missingForDocuments() {
    java.util.List<String> missing = new java.util.ArrayList<>();
    if (legalAddress == null) missing.add("legalAddress");
    if (bankName == null) missing.add("bankName");
    if (bik == null) missing.add("bik");
    if (correspondentAccount == null) missing.add("correspondentAccount");
    if (settlementAccount == null) missing.add("settlementAccount");
    if (directorPosition == null) missing.add("directorPosition");
    if (directorName == null) missing.add("directorName");
    return missing;
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
    return new LegalEntityDetails(
        shortName, fullName, inn, kpp, ogrn, legalAddress, postalAddress, bankName, bik, correspondentAccount,
        settlementAccount, directorPosition, directorName, chiefAccountantName, email, phone, vatPayer);
  }
}
