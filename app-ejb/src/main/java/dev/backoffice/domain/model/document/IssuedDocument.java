package dev.backoffice.domain.model.document;

import dev.backoffice.plugin.api.document.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * An issued document: number, parties, amounts, the pack it was rendered with (id, version, SHA-256) and the PDF's
 * SHA-256. Its content (PDF and data snapshot) is a {@link DocumentContent} stored with it.
 *
 * <p>Invariants: immutable once issued — every column but the status and the cancellation is not updatable here and
 * not granted to the application's database role; a cancelled document keeps its number; a correction is another
 * document pointing at this one ({@code FIX} keeps the number with a higher correction index, {@code ADJUSTMENT}
 * takes its own number). {@code dealKey} ({@code request:kind}) makes issuing the same document for the same request
 * twice impossible.
 */
@Entity
@Table(name = "document")
public class IssuedDocument {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private DocumentKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DocumentStatus status;

  @Column(nullable = false, updatable = false, length = 10)
  private String locale;

  @Column(nullable = false, updatable = false, length = 60)
  private String number;

  @Column(name = "period_year", nullable = false, updatable = false)
  private int year;

  @Column(name = "sequence_no", nullable = false, updatable = false)
  private int sequenceNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "correction_type", updatable = false, length = 12)
  private CorrectionType correctionType;

  @Column(name = "correction_index", nullable = false, updatable = false)
  private int correctionIndex;

  @Column(name = "corrects_id", updatable = false)
  private UUID correctsId;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, updatable = false, length = 200)
  private String issuedBy;

  @Column(name = "legal_entity_id", nullable = false, updatable = false)
  private UUID legalEntityId;

  @Column(name = "request_id", updatable = false)
  private UUID requestId;

  @Column(name = "event_id", updatable = false)
  private UUID eventId;

  @Column(name = "counterparty_id", updatable = false)
  private UUID counterpartyId;

  @Column(name = "contract_id", updatable = false)
  private UUID contractId;

  @Column(name = "deal_key", updatable = false, length = 80)
  private String dealKey;

  @Column(name = "buyer_name", nullable = false, updatable = false, length = 500)
  private String buyerName;

  @Column(name = "buyer_inn", nullable = false, updatable = false, length = 12)
  private String buyerInn;

  @Column(name = "buyer_kpp", updatable = false, length = 9)
  private String buyerKpp;

  @Column(nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "amount_without_vat", nullable = false, updatable = false, precision = 15, scale = 2)
  private BigDecimal amountWithoutVat;

  @Column(name = "vat_amount", updatable = false, precision = 15, scale = 2)
  private BigDecimal vatAmount;

  @Column(nullable = false, updatable = false, precision = 15, scale = 2)
  private BigDecimal amount;

  @Column(name = "pack_id", nullable = false, updatable = false, length = 64)
  private String packId;

  @Column(name = "pack_version", nullable = false, updatable = false, length = 20)
  private String packVersion;

  @Column(name = "pack_sha256", nullable = false, updatable = false, length = 64)
  private String packSha256;

  @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64)
  private String pdfSha256;

  @Column(name = "pdf_size", nullable = false, updatable = false)
  private int pdfSize;

  @Column(nullable = false, updatable = false)
  private int pages;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancelled_by", length = 200)
  private String cancelledBy;

  @Column(name = "cancel_reason", length = 1000)
  private String cancelReason;

  @Version private long version;

  protected IssuedDocument() {}

  /** What the issuing service knows before the PDF exists. */
  public record Header(
      DocumentKind kind,
      String locale,
      String number,
      int year,
      int sequenceNo,
      CorrectionType correctionType,
      int correctionIndex,
      UUID correctsId,
      LocalDate issuedOn,
      String issuedBy,
      UUID legalEntityId,
      UUID requestId,
      UUID eventId,
      UUID counterpartyId,
      UUID contractId,
      String dealKey,
      String buyerName,
      String buyerInn,
      String buyerKpp,
      String currency,
      BigDecimal amountWithoutVat,
      BigDecimal vatAmount,
      BigDecimal amount) {}

  /** The rendering's facts. */
  public record Rendition(
      String packId, String packVersion, String packSha256, String pdfSha256, int pdfSize, int pages) {}

  public IssuedDocument(UUID id, Header h, Rendition r, Instant issuedAt) {
    this.id = id;
    this.kind = h.kind();
    this.status = DocumentStatus.ISSUED;
    this.locale = h.locale();
    this.number = h.number();
    this.year = h.year();
    this.sequenceNo = h.sequenceNo();
    this.correctionType = h.correctionType();
    this.correctionIndex = h.correctionIndex();
    this.correctsId = h.correctsId();
    this.issuedOn = h.issuedOn();
    this.issuedAt = issuedAt;
    this.issuedBy = h.issuedBy();
    this.legalEntityId = h.legalEntityId();
    this.requestId = h.requestId();
    this.eventId = h.eventId();
    this.counterpartyId = h.counterpartyId();
    this.contractId = h.contractId();
    this.dealKey = h.dealKey();
    this.buyerName = h.buyerName();
    this.buyerInn = h.buyerInn();
    this.buyerKpp = h.buyerKpp();
    this.currency = h.currency();
    this.amountWithoutVat = h.amountWithoutVat();
    this.vatAmount = h.vatAmount();
    this.amount = h.amount();
    this.packId = r.packId();
    this.packVersion = r.packVersion();
    this.packSha256 = r.packSha256();
    this.pdfSha256 = r.pdfSha256();
    this.pdfSize = r.pdfSize();
    this.pages = r.pages();
  }

  /** Cancels the document; it keeps its number and PDF. */
  public void cancel(String by, String reason, Instant at) {
    this.status = DocumentStatus.CANCELLED;
    this.cancelledBy = by;
    this.cancelReason = reason;
    this.cancelledAt = at;
  }

  /** Marks the document as replaced by its исправление; it keeps its number and PDF. */
  public void markCorrected() {
    if (status != DocumentStatus.ISSUED) {
      throw new IllegalStateException("Only an issued document can be corrected, this one is " + status);
    }
    this.status = DocumentStatus.CORRECTED;
  }

  public UUID id() { return id; }
  public UUID tenantId() { return tenantId; }
  public DocumentKind kind() { return kind; }
  public DocumentStatus status() { return status; }
  public String locale() { return locale; }
  public String number() { return number; }
  public int year() { return year; }
  public int sequenceNo() { return sequenceNo; }
  public CorrectionType correctionType() { return correctionType; }
  public int correctionIndex() { return correctionIndex; }
  public UUID correctsId() { return correctsId; }
  public LocalDate issuedOn() { return issuedOn; }
  public Instant issuedAt() { return issuedAt; }
  public String issuedBy() { return issuedBy; }
  public UUID legalEntityId() { return legalEntityId; }
  public UUID requestId() { return requestId; }
  public UUID eventId() { return eventId; }
  public UUID counterpartyId() { return counterpartyId; }
  public UUID contractId() { return contractId; }
  public String dealKey() { return dealKey; }
  public String buyerName() { return buyerName; }
  public String buyerInn() { return buyerInn; }
  public String buyerKpp() { return buyerKpp; }
  public String currency() { return currency; }
  public BigDecimal amountWithoutVat() { return amountWithoutVat; }
  public BigDecimal vatAmount() { return vatAmount; }
  public BigDecimal amount() { return amount; }
  public String packId() { return packId; }
  public String packVersion() { return packVersion; }
  public String packSha256() { return packSha256; }
  public String pdfSha256() { return pdfSha256; }
  public int pdfSize() { return pdfSize; }
  public int pages() { return pages; }
  public Instant cancelledAt() { return cancelledAt; }
  public String cancelledBy() { return cancelledBy; }
  public String cancelReason() { return cancelReason; }
  public long version() { return version; }
}
