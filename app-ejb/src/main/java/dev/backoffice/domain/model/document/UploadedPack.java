package dev.backoffice.domain.model.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * A template pack a tenant admin uploaded, after it passed every check. Identity is (tenant, pack id, version): a
 * changed pack is uploaded under a new version; a stored version never changes, so documents rendered with it can name
 * it for good. {@code templates} lists what it provides as {@code KIND/locale} separated by commas.
 */
@Entity
@Immutable
@Table(name = "template_pack")
public class UploadedPack {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "pack_id", nullable = false, length = 64)
  private String packId;

  @Column(name = "pack_version", nullable = false, length = 20)
  private String packVersion;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(nullable = false, length = 2000)
  private String templates;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 200)
  private String uploadedBy;

  protected UploadedPack() {}

  public UploadedPack(
      String packId, String packVersion, String name, String sha256, String templates, byte[] content,
      Instant uploadedAt, String uploadedBy) {
    this.id = UUID.randomUUID();
    this.packId = packId;
    this.packVersion = packVersion;
    this.name = name == null || name.isBlank() ? packId : name.length() > 300 ? name.substring(0, 300) : name;
    this.sha256 = sha256;
    this.templates = templates;
    this.content = content.clone();
    this.sizeBytes = content.length;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public UUID id() { return id; }
  public String packId() { return packId; }
  public String packVersion() { return packVersion; }
  public String name() { return name; }
  public String sha256() { return sha256; }
  public String templates() { return templates; }
  public byte[] content() { return content.clone(); }
  public int sizeBytes() { return sizeBytes; }
  public Instant uploadedAt() { return uploadedAt; }
  public String uploadedBy() { return uploadedBy; }
}
