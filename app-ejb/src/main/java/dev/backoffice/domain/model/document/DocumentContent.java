package dev.backoffice.domain.model.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** The PDF of an issued document and the data snapshot (document XML) it was rendered from. Never changes. */
@Entity
@Immutable
@Table(name = "document_content")
public class DocumentContent {

  @Id
  @Column(name = "document_id")
  private UUID documentId;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] pdf;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "data_xml", nullable = false, updatable = false)
  private byte[] dataXml;

  protected DocumentContent() {}

  public DocumentContent(UUID documentId, byte[] pdf, byte[] dataXml) {
    this.documentId = documentId;
    this.pdf = pdf.clone();
    this.dataXml = dataXml.clone();
  }

  public UUID documentId() {
    return documentId;
  }

  public byte[] pdf() {
    return pdf.clone();
  }

  public byte[] dataXml() {
    return dataXml.clone();
  }
}
