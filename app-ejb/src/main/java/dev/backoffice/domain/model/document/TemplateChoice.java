package dev.backoffice.domain.model.document;

import dev.backoffice.plugin.api.document.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The pack a tenant uses for one document kind in one language: a built-in pack (by id and version, from the server's
 * plugins folder; {@code uploadedPackId} null) or one of the tenant's uploaded packs. Without a choice the built-in
 * standard pack of the language is used.
 */
@Entity
@Table(name = "template_choice")
public class TemplateChoice {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private DocumentKind kind;

  @Column(nullable = false, updatable = false, length = 10)
  private String locale;

  @Column(name = "uploaded_pack_id")
  private UUID uploadedPackId;

  @Column(name = "pack_id", nullable = false, length = 64)
  private String packId;

  @Column(name = "pack_version", nullable = false, length = 20)
  private String packVersion;

  @Column(name = "chosen_at", nullable = false)
  private Instant chosenAt;

  @Column(name = "chosen_by", nullable = false, length = 200)
  private String chosenBy;

  @Version private long version;

  protected TemplateChoice() {}

  public TemplateChoice(DocumentKind kind, String locale) {
    this.id = UUID.randomUUID();
    this.kind = kind;
    this.locale = locale;
  }

  public void choose(UUID uploadedPackId, String packId, String packVersion, String by, Instant at) {
    this.uploadedPackId = uploadedPackId;
    this.packId = packId;
    this.packVersion = packVersion;
    this.chosenBy = by;
    this.chosenAt = at;
  }

  public UUID id() { return id; }
  public DocumentKind kind() { return kind; }
  public String locale() { return locale; }
  public UUID uploadedPackId() { return uploadedPackId; }
  public String packId() { return packId; }
  public String packVersion() { return packVersion; }
  public Instant chosenAt() { return chosenAt; }
  public String chosenBy() { return chosenBy; }
}
