package dev.backoffice.application.internal;

import dev.backoffice.application.BulkProgress;
import dev.backoffice.application.ClosingProgress;
import dev.backoffice.application.DocumentAdjustment;
import dev.backoffice.application.DocumentLine;
import dev.backoffice.application.DocumentService;
import dev.backoffice.domain.model.event.EventRepository;
import dev.backoffice.application.DocumentView;
import dev.backoffice.domain.model.document.DocumentContent;
import dev.backoffice.domain.model.document.DocumentRepository;
import dev.backoffice.domain.model.document.DocumentStatus;
import dev.backoffice.domain.model.document.IssuedDocument;
import dev.backoffice.domain.model.shared.ConflictException;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.domain.model.shared.Text;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Issued documents: issuing (through {@link DocumentIssuer}, one transaction per deal), reading and cancelling. */
@Stateless
@DeclareRoles({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
public class DefaultDocumentService implements DocumentService {

  static final String KIND = "document";
  static final int MAX_BULK = 1000;

  @Inject DocumentIssuer issuer;

  @Inject ClosingRuns closingRuns;

  @Inject DealPackRuns dealPackRuns;

  @Inject EventRepository events;

  @Inject DocumentRepository documents;

  @Inject TenantContext tenantContext;

  @Inject AuditTrail audit;

  @Resource SessionContext session;

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public List<DocumentView> issueDealPack(UUID requestId) {
    tenantContext.requireTenantId();
    if (requestId == null) {
      throw new RecordNotFoundException("request", null);
    }
    return issuer.issueDealPack(requestId).stream().map(DefaultDocumentService::view).toList();
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public BulkProgress startDealPacks(List<UUID> requestIds) {
    UUID tenantId = tenantContext.requireTenantId();
    if (requestIds == null || requestIds.isEmpty()) {
      throw new InvalidInputException("document.nothingSelected", "requestIds");
    }
    if (requestIds.size() > MAX_BULK) {
      throw new InvalidInputException("document.tooManySelected", "requestIds", MAX_BULK);
    }
    List<UUID> distinct = requestIds.stream().distinct().toList();
    UUID runId = DealPackRuns.register(tenantId, distinct.size());
    audit.record("document.dealPacksStarted", "run", runId, distinct.size() + " requests");
    dealPackRuns.run(runId, distinct);
    return dealPackRuns.getProgress(runId);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public BulkProgress getDealPackProgress(UUID runId) {
    tenantContext.requireTenantId();
    return dealPackRuns.getProgress(runId);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public DocumentPage list(DocumentQuery q, int first, int max) {
    tenantContext.requireTenantId();
    DocumentRepository.DocumentFilter f =
        q == null
            ? DocumentRepository.DocumentFilter.none()
            : new DocumentRepository.DocumentFilter(q.kind(), q.status(), q.eventId(), q.requestId(), q.buyer());
    List<DocumentView> page =
        documents.page(f, Math.max(0, first), Math.max(1, Math.min(max, 1000))).stream()
            .map(DefaultDocumentService::view)
            .toList();
    return new DocumentPage(page, documents.count(f));
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public DocumentView get(UUID id) {
    tenantContext.requireTenantId();
    return view(load(id));
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public List<DocumentView> listForRequest(UUID requestId) {
    tenantContext.requireTenantId();
    return documents.forRequest(requestId).stream().map(DefaultDocumentService::view).toList();
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public DocumentFile getPdf(UUID id) {
    tenantContext.requireTenantId();
    IssuedDocument d = load(id);
    DocumentContent c = documents.content(id).orElseThrow(() -> new RecordNotFoundException(KIND, id));
    recordAuditorRead(d, "pdf");
    return new DocumentFile(fileName(d, "pdf"), "application/pdf", c.pdf());
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public DocumentFile getData(UUID id) {
    tenantContext.requireTenantId();
    IssuedDocument d = load(id);
    DocumentContent c = documents.content(id).orElseThrow(() -> new RecordNotFoundException(KIND, id));
    recordAuditorRead(d, "data");
    return new DocumentFile(fileName(d, "xml"), "application/xml", c.dataXml());
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public ClosingProgress startClosing(UUID eventId) {
    UUID tenantId = tenantContext.requireTenantId();
    requireEvent(eventId);
    if (ClosingRuns.claim(tenantId, eventId)) {
      audit.record("document.closingStarted", "event", eventId, null);
      closingRuns.run(tenantId, eventId);
    }
    return closingRuns.getProgress(eventId);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public ClosingProgress getClosingProgress(UUID eventId) {
    tenantContext.requireTenantId();
    requireEvent(eventId);
    return closingRuns.getProgress(eventId);
  }

  private void requireEvent(UUID eventId) {
    if (eventId == null || events.find(eventId).isEmpty()) {
      throw new RecordNotFoundException("event", eventId);
    }
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public DocumentView cancel(UUID id, long expectedVersion, String reason) {
    tenantContext.requireTenantId();
    IssuedDocument d = load(id);
    if (d.version() != expectedVersion) {
      throw new ConflictException("staleVersion", null, expectedVersion, d.version());
    }
    if (d.status() == DocumentStatus.CANCELLED) {
      throw new ConflictException("document.alreadyCancelled", "status", d.number());
    }
    String why = Text.required("reason", reason, 1000);
    d.cancel(tenantContext.callerName(), why, Instant.now());
    documents.flush();
    audit.record("document.cancelled", KIND, id, d.kind() + " " + d.number() + ": " + why);
    return view(d);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public DocumentView correct(UUID id, String reason) {
    tenantContext.requireTenantId();
    if (id == null) {
      throw new RecordNotFoundException(KIND, null);
    }
    return view(issuer.issueFix(id, reason));
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public List<DocumentView> correctAllOfRequest(UUID requestId, String reason) {
    tenantContext.requireTenantId();
    if (requestId == null) {
      throw new RecordNotFoundException("request", null);
    }
    return issuer.issueFixes(requestId, reason).stream().map(DefaultDocumentService::view).toList();
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public DocumentView adjust(UUID updId, DocumentAdjustment adjustment) {
    tenantContext.requireTenantId();
    if (updId == null) {
      throw new RecordNotFoundException(KIND, null);
    }
    if (adjustment == null || adjustment.lines() == null || adjustment.lines().isEmpty()) {
      throw new InvalidInputException("document.adjustNothing", "lines");
    }
    List<DocumentAssembler.LineChange> changes =
        adjustment.lines().stream()
            .map(
                l -> {
                  if (l == null) {
                    throw new InvalidInputException("document.adjustNothing", "lines");
                  }
                  return new DocumentAssembler.LineChange(l.no(), l.quantity(), l.price());
                })
            .toList();
    return view(issuer.issueAdjustment(updId, changes, adjustment.reason()));
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public List<DocumentLine> getCurrentLines(UUID updId) {
    tenantContext.requireTenantId();
    IssuedDocument upd = load(updId);
    List<IssuedDocument> ofRequest = upd.requestId() == null ? List.of() : documents.forRequest(upd.requestId());
    return DocumentIssuer.currentLines(documents, upd, ofRequest).stream()
        .map(
            l -> new DocumentLine(
                l.no(), l.name(), l.unitName(), l.quantity(), l.price(), l.amountWithoutVat(), l.vatAmount(),
                l.amount()))
        .toList();
  }

  /** Auditors' reads of documents go into the audit trail: who, which document, when. */
  private void recordAuditorRead(IssuedDocument d, String what) {
    if (session.isCallerInRole(Roles.AUDITOR)) {
      audit.record("document.read", KIND, d.id(), d.kind() + " " + d.number() + " (" + what + ")");
    }
  }

  private IssuedDocument load(UUID id) {
    if (id == null) {
      throw new RecordNotFoundException(KIND, null);
    }
    return documents.find(id).orElseThrow(() -> new RecordNotFoundException(KIND, id));
  }

  static String fileName(IssuedDocument d, String extension) {
    String number = d.number().replaceAll("[^\\p{L}\\p{Nd}._-]", "_");
    return d.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + number + "." + extension;
  }

  static DocumentView view(IssuedDocument d) {
    return new DocumentView(
        d.id(), d.kind(), d.status(), d.number(), d.issuedOn(), d.issuedAt(), d.issuedBy(), d.locale(),
        d.legalEntityId(), d.requestId(), d.eventId(), d.contractId(), d.buyerName(), d.buyerInn(), d.buyerKpp(),
        d.currency(), d.amountWithoutVat(), d.vatAmount(), d.amount(), d.packId() + "@" + d.packVersion(),
        d.packSha256(), d.pdfSha256(), d.pdfSize(), d.pages(), d.correctionType(), d.correctionIndex(),
        d.correctsId(), d.cancelledAt(), d.cancelledBy(), d.cancelReason(), d.version());
  }
}
