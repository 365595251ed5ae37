package dev.backoffice.application.internal;

import dev.backoffice.application.DocumentRenderer;
import dev.backoffice.domain.model.document.DocumentContent;
import dev.backoffice.domain.model.document.DocumentNumberFormat;
import dev.backoffice.domain.model.document.DocumentRepository;
import dev.backoffice.domain.model.document.IssuedDocument;
import dev.backoffice.domain.model.legalentity.LegalEntity;
import dev.backoffice.domain.model.legalentity.LegalEntityRepository;
import dev.backoffice.domain.model.registration.RegistrationRequest;
import dev.backoffice.domain.model.registration.RegistrationRequestRepository;
import dev.backoffice.domain.model.registration.RequestStatus;
import dev.backoffice.domain.model.settings.TenantSettings;
import dev.backoffice.domain.model.settings.TenantSettingsRepository;
import dev.backoffice.domain.model.shared.ConflictException;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.domain.requisites.RequisitesGate;
import dev.backoffice.domain.requisites.RequisitesRejectedException;
import dev.backoffice.domain.requisites.RequisitesVerdict;
import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.DocumentKind;
import dev.backoffice.plugin.api.document.DocumentXml;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Issues documents, one deal per transaction: checks, takes the numbers with the sequence rows locked, renders, and
 * stores the PDFs with their data snapshots — all or nothing. A failure anywhere rolls the numbers back with
 * everything else, so no number is ever skipped; a committed number is never used again. Sequences are always locked
 * in the same order (contract before invoice) so that two issuers cannot deadlock.
 */
@Stateless
@DeclareRoles({Roles.TENANT_ADMIN, Roles.OPERATOR})
public class DocumentIssuer {

  static final String LOCALE = "ru";

  private final RequisitesGate gate = new RequisitesGate();

  @Inject RegistrationRequestRepository requests;

  @Inject LegalEntityRepository legalEntities;

  @Inject TenantSettingsRepository settings;

  @Inject DocumentRepository documents;

  @Inject TemplatePacks packs;

  @Inject DocumentRenderer renderer;

  @Inject TenantContext tenantContext;

  @Inject AuditTrail audit;

  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<IssuedDocument> issueDealPack(UUID requestId) {
    tenantContext.requireTenantId();
    // The request row is locked first: a second issue of the same request (a double click, two operators) waits here
    // and then finds the documents, before it takes any number.
    RegistrationRequest r =
        requests.lock(requestId).orElseThrow(() -> new RecordNotFoundException("request", requestId));
    if (!documents.forRequest(requestId).isEmpty()) {
      throw new ConflictException("document.alreadyIssued", "request", requestId);
    }
    if (r.status() != RequestStatus.APPROVED) {
      throw new ConflictException("document.notApproved", "status", r.status().name());
    }
    RequisitesVerdict verdict = gate.checkComplete(r.company().requisites());
    if (!verdict.isAcceptable()) {
      throw new RequisitesRejectedException(verdict);
    }
    LegalEntity seller = seller(r);
    TenantSettings standard = settings.current().orElseGet(TenantSettings::defaults);
    LocalDate today = LocalDate.now(standard.calendar().zone());
    DocumentAssembler.Deal deal =
        DocumentAssembler.deal(
            r, seller.details(), standard.vatRounding(), standard.paymentDays(), today, LOCALE);
    TemplatePacks.Resolved contractPack = packs.active(DocumentKind.CONTRACT, LOCALE);
    TemplatePacks.Resolved invoicePack = packs.active(DocumentKind.INVOICE, LOCALE);

    DocumentNumberFormat format = standard.documentNumberFormat();
    int year = today.getYear();
    int contractNo = next(seller, DocumentKind.CONTRACT, year);
    int invoiceNo = next(seller, DocumentKind.INVOICE, year);
    String contractNumber = format.format(year, contractNo);
    String invoiceNumber = format.format(year, invoiceNo);

    DocumentData contract = DocumentAssembler.contract(deal, contractNumber);
    DocumentData invoice =
        DocumentAssembler.invoice(deal, invoiceNumber, new DocumentData.Reference(contractNumber, today));
    DocumentAssembler.crossCheck(List.of(contract, invoice));

    Instant now = Instant.now();
    IssuedDocument c;
    IssuedDocument i;
    try {
      c = store(r, seller, contract, contractPack, year, contractNo, null, now);
      i = store(r, seller, invoice, invoicePack, year, invoiceNo, c.id(), now);
      r.moveTo(
          RequestStatus.DOCUMENTS_ISSUED,
          tenantContext.callerName(),
          "Договор № " + contractNumber + ", счёт № " + invoiceNumber,
          now);
      requests.flush();
    } catch (PersistenceException e) {
      // The unique deal key or the request's version: another transaction issued this deal first. Everything here,
      // the numbers included, rolls back.
      throw new ConflictException("document.alreadyIssued", "request", requestId);
    }
    audit.record(
        "document.dealPackIssued", "request", requestId,
        "CONTRACT " + contractNumber + ", INVOICE " + invoiceNumber + ", " + deal.calculation().totals().amount()
            + " " + deal.currency());
    return List.of(c, i);
  }

  /**
   * The event's paid requests, read in a transaction of their own: a background run has none, and on PostgreSQL the
   * tenant's row-level security setting lives only inside a transaction.
   */
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> paidRequestIds(UUID eventId) {
    tenantContext.requireTenantId();
    return requests.idsOfEvent(eventId, PAID);
  }

  /** Requests whose money has arrived: they get closing documents. */
  static final java.util.Set<RequestStatus> PAID = java.util.EnumSet.of(RequestStatus.PAID, RequestStatus.CONFIRMED);

  /**
   * Issues the act and the УПД of a paid request, once: a request that already has its act is skipped (returns an
   * empty list), so a bulk run can be repeated or resumed after a crash without issuing anything twice. They are dated
   * the event's last day (the day the service was rendered); before that day they are refused. Their amounts must
   * equal the invoice's.
   */
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<IssuedDocument> issueClosing(UUID requestId) {
    tenantContext.requireTenantId();
    RegistrationRequest r =
        requests.lock(requestId).orElseThrow(() -> new RecordNotFoundException("request", requestId));
    List<IssuedDocument> existing = documents.forRequest(requestId);
    if (existing.stream().anyMatch(d -> d.kind() == DocumentKind.ACT)) {
      return List.of();
    }
    if (!PAID.contains(r.status())) {
      throw new ConflictException("document.notPaid", "status", r.status().name());
    }
    IssuedDocument contractDoc = existing.stream().filter(d -> d.kind() == DocumentKind.CONTRACT).findFirst()
        .orElseThrow(() -> new ConflictException("document.noDealPack", "request", requestId));
    IssuedDocument invoiceDoc = existing.stream().filter(d -> d.kind() == DocumentKind.INVOICE).findFirst()
        .orElseThrow(() -> new ConflictException("document.noDealPack", "request", requestId));
    LegalEntity seller = seller(r);
    TenantSettings standard = settings.current().orElseGet(TenantSettings::defaults);
    LocalDate today = LocalDate.now(standard.calendar().zone());
    LocalDate serviceDay = r.event().endsOn();
    if (today.isBefore(serviceDay)) {
      throw new ConflictException("document.eventNotOver", "event", serviceDay);
    }
    DocumentAssembler.Deal deal =
        DocumentAssembler.deal(r, seller.details(), standard.vatRounding(), standard.paymentDays(), serviceDay, LOCALE);
    if (deal.calculation().totals().amount().compareTo(invoiceDoc.amount()) != 0) {
      throw new ConflictException(
          "document.closingMismatch", "request", invoiceDoc.number(), invoiceDoc.amount(),
          deal.calculation().totals().amount());
    }
    TemplatePacks.Resolved actPack = packs.active(DocumentKind.ACT, LOCALE);
    TemplatePacks.Resolved updPack = packs.active(DocumentKind.UPD, LOCALE);
    DocumentNumberFormat format = standard.documentNumberFormat();
    int year = serviceDay.getYear();
    int actNo = next(seller, DocumentKind.ACT, year);
    int updNo = next(seller, DocumentKind.UPD, year);
    DocumentData.Reference contractRef = new DocumentData.Reference(contractDoc.number(), contractDoc.issuedOn());
    DocumentData.Reference invoiceRef = new DocumentData.Reference(invoiceDoc.number(), invoiceDoc.issuedOn());
    DocumentData act =
        DocumentAssembler.closing(deal, DocumentKind.ACT, format.format(year, actNo), contractRef, invoiceRef);
    DocumentData upd =
        DocumentAssembler.closing(deal, DocumentKind.UPD, format.format(year, updNo), contractRef, invoiceRef);
    DocumentAssembler.crossCheck(List.of(act, upd));
    Instant now = Instant.now();
    try {
      IssuedDocument a = store(r, seller, act, actPack, year, actNo, contractDoc.id(), now);
      IssuedDocument u = store(r, seller, upd, updPack, year, updNo, contractDoc.id(), now);
      r.comment("Акт № " + act.number() + ", УПД № " + upd.number(), tenantContext.callerName(), now);
      requests.flush();
      audit.record(
          "document.closingIssued", "request", requestId, "ACT " + act.number() + ", UPD " + upd.number());
      return List.of(a, u);
    } catch (PersistenceException e) {
      throw new ConflictException("document.alreadyIssued", "request", requestId);
    }
  }

  /**
   * The next number of the sequence, its row locked until this transaction ends. A lock that cannot be had in time
   * (the database's lock timeout, under a burst of issues; Hibernate reports it as a PersistenceException of its own) is
   * a refusal to retry, not an error.
   */
  private int next(LegalEntity seller, DocumentKind kind, int year) {
    try {
      return documents.lockSequence(seller.id(), kind, year).next();
    } catch (PersistenceException e) {
      throw new ConflictException("document.busy", "request", kind);
    }
  }

  private LegalEntity seller(RegistrationRequest r) {
    LegalEntity seller =
        legalEntities
            .find(r.event().sellerId())
            .orElseThrow(() -> new RecordNotFoundException("legalEntity", r.event().sellerId()));
    List<String> missing = seller.missingForDocuments();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(
          "document.sellerIncomplete", "seller", seller.shortName(), String.join(", ", missing));
    }
    return seller;
  }

  private IssuedDocument store(
      RegistrationRequest r, LegalEntity seller, DocumentData data, TemplatePacks.Resolved pack, int year,
      int sequenceNo, UUID contractId, Instant now) {
    byte[] xml = DocumentXml.toBytes(data);
    DocumentRenderer.Rendered pdf = renderer.render(pack.archive(), data);
    UUID id = UUID.randomUUID();
    IssuedDocument doc =
        new IssuedDocument(
            id,
            new IssuedDocument.Header(
                data.kind(),
                data.locale(),
                data.number(),
                year,
                sequenceNo,
                null,
                0,
                null,
                data.date(),
                tenantContext.callerName(),
                seller.id(),
                r.id(),
                r.event().id(),
                r.counterpartyId(),
                contractId,
                r.id() + ":" + data.kind(),
                data.buyer().fullName(),
                data.buyer().inn(),
                data.buyer().kpp(),
                data.currency(),
                data.totals().amountWithoutVat(),
                data.totals().vat(),
                data.totals().amount()),
            new IssuedDocument.Rendition(
                pack.id(), pack.version(), pack.sha256(), pdf.sha256(), pdf.pdf().length, pdf.pages()),
            now);
    documents.add(doc, new DocumentContent(id, pdf.pdf(), xml));
    return doc;
  }
}
