package dev.backoffice.application.internal;

import dev.backoffice.application.DocumentRenderer;
import dev.backoffice.domain.model.document.CorrectionType;
import dev.backoffice.domain.model.document.DocumentContent;
import dev.backoffice.domain.model.document.DocumentNumberFormat;
import dev.backoffice.domain.model.document.DocumentRepository;
import dev.backoffice.domain.model.document.DocumentStatus;
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
import dev.backoffice.domain.model.shared.Text;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

  /** The act and the УПД are Russian accounting documents: always in Russian. */
  static final String CLOSING_LOCALE = "ru";

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
    String locale = r.documentLocale();
    DocumentAssembler.Deal deal =
        DocumentAssembler.deal(
            r, seller.details(), standard.vatRounding(), standard.paymentDays(), today, locale);
    TemplatePacks.Resolved contractPack = packs.active(DocumentKind.CONTRACT, locale);
    TemplatePacks.Resolved invoicePack = packs.active(DocumentKind.INVOICE, locale);

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
      c = store(r, seller, contract, contractPack, Numbering.original(r, contract, year, contractNo), null, now);
      i = store(r, seller, invoice, invoicePack, Numbering.original(r, invoice, year, invoiceNo), c.id(), now);
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
        DocumentAssembler.deal(r, seller.details(), standard.vatRounding(), standard.paymentDays(), serviceDay, CLOSING_LOCALE);
    if (deal.calculation().totals().amount().compareTo(invoiceDoc.amount()) != 0) {
      throw new ConflictException(
          "document.closingMismatch", "request", invoiceDoc.number(), invoiceDoc.amount(),
          deal.calculation().totals().amount());
    }
    TemplatePacks.Resolved actPack = packs.active(DocumentKind.ACT, CLOSING_LOCALE);
    TemplatePacks.Resolved updPack = packs.active(DocumentKind.UPD, CLOSING_LOCALE);
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
      IssuedDocument a = store(r, seller, act, actPack, Numbering.original(r, act, year, actNo), contractDoc.id(), now);
      IssuedDocument u = store(r, seller, upd, updPack, Numbering.original(r, upd, year, updNo), contractDoc.id(), now);
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
   * Issues the исправление of a document whose requisites were wrong: the same kind and number, the next correction
   * index, the original's date as the document's date and today as the correction's date, rendered from the
   * request's and the seller's current details. Amounts must not change (that is a корректировка); the corrected
   * document is marked CORRECTED and keeps its number and PDF. Only the latest document of a chain can be corrected,
   * and two corrections of one document at once end in one correction and a 409.
   */
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public IssuedDocument issueFix(UUID documentId, String reason) {
    tenantContext.requireTenantId();
    String why = Text.required("reason", reason, 1000);
    IssuedDocument found =
        documents.find(documentId).orElseThrow(() -> new RecordNotFoundException("document", documentId));
    if (found.requestId() == null) {
      throw new ConflictException("document.fixNotPossible", "document", found.number());
    }
    // The request row first, as every issuer does: two corrections of one deal wait for each other here.
    RegistrationRequest r =
        requests.lock(found.requestId()).orElseThrow(() -> new RecordNotFoundException("request", found.requestId()));
    documents.refresh(found);
    return fix(r, found, why);
  }

  /**
   * Issues the исправление of every issued (not cancelled, not yet corrected) document of the request, all in one
   * transaction: after the buyer's requisites were corrected, the whole set is reissued or nothing is.
   */
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<IssuedDocument> issueFixes(UUID requestId, String reason) {
    tenantContext.requireTenantId();
    String why = Text.required("reason", reason, 1000);
    RegistrationRequest r =
        requests.lock(requestId).orElseThrow(() -> new RecordNotFoundException("request", requestId));
    List<IssuedDocument> current =
        documents.forRequest(requestId).stream()
            .filter(d -> d.status() == DocumentStatus.ISSUED)
            .sorted(Comparator.comparing(IssuedDocument::kind))
            .toList();
    if (current.isEmpty()) {
      throw new ConflictException("document.nothingToCorrect", "request", requestId);
    }
    List<IssuedDocument> fixes = new ArrayList<>();
    for (IssuedDocument d : current) {
      fixes.add(fix(r, d, why));
    }
    return fixes;
  }

  private IssuedDocument fix(RegistrationRequest r, IssuedDocument found, String why) {
    if (found.status() == DocumentStatus.CANCELLED) {
      throw new ConflictException("document.fixCancelled", "document", found.number());
    }
    if (found.status() == DocumentStatus.CORRECTED) {
      throw new ConflictException("document.alreadyCorrected", "document", found.number());
    }
    if (r.status() == RequestStatus.CANCELLED) {
      throw new ConflictException("document.fixRequestCancelled", "request", found.number());
    }
    RequisitesVerdict verdict = gate.checkComplete(r.company().requisites());
    if (!verdict.isAcceptable()) {
      throw new RequisitesRejectedException(verdict);
    }
    LegalEntity seller =
        legalEntities
            .find(found.legalEntityId())
            .orElseThrow(() -> new RecordNotFoundException("legalEntity", found.legalEntityId()));
    checkComplete(seller);
    TenantSettings standard = settings.current().orElseGet(TenantSettings::defaults);
    LocalDate today = LocalDate.now(standard.calendar().zone());
    DocumentAssembler.Deal deal =
        DocumentAssembler.deal(
            r, seller.details(), standard.vatRounding(), standard.paymentDays(), found.issuedOn(), found.locale());
    List<IssuedDocument> ofRequest = documents.forRequest(r.id());
    DocumentData rebuilt =
        switch (found.kind()) {
          case CONTRACT -> DocumentAssembler.contract(deal, found.number());
          case INVOICE -> DocumentAssembler.invoice(deal, found.number(), reference(ofRequest, DocumentKind.CONTRACT));
          case ACT, UPD ->
              DocumentAssembler.closing(
                  deal, found.kind(), found.number(), reference(ofRequest, DocumentKind.CONTRACT),
                  reference(ofRequest, DocumentKind.INVOICE));
          default -> throw new ConflictException("document.fixNotPossible", "document", found.number());
        };
    DocumentData.Totals t = rebuilt.totals();
    if (t.amount().compareTo(found.amount()) != 0
        || t.amountWithoutVat().compareTo(found.amountWithoutVat()) != 0
        || !sameAmount(t.vat(), found.vatAmount())) {
      throw new ConflictException(
          "document.fixChangesAmount", "document", found.number(), found.amount(), t.amount());
    }
    Numbering n = Numbering.fixOf(found);
    DocumentData fix = rebuilt.asFix(n.correctionIndex(), today);
    TemplatePacks.Resolved pack = packs.active(found.kind(), found.locale());
    Instant now = Instant.now();
    IssuedDocument stored;
    try {
      stored = store(r, seller, fix, pack, n, found.contractId(), now);
      found.markCorrected();
      r.comment(
          title(found) + ": исправление № " + n.correctionIndex() + " — " + why, tenantContext.callerName(), now);
      requests.flush();
    } catch (PersistenceException e) {
      throw new ConflictException("document.alreadyCorrected", "document", found.number());
    }
    audit.record(
        "document.corrected", "document", stored.id(),
        found.kind() + " " + found.number() + " FIX " + n.correctionIndex() + " of " + found.id() + ": " + why);
    return stored;
  }

  /**
   * Issues a корректировка (УКД, status 1) of a УПД whose price or quantity changed after the fact by agreement: its
   * own number from the УКД sequence, the lines before (the УПД's, or the previous УКД's after) and after, and what
   * went up or down. The УПД stays as it is; the УКД is recorded with the net change as its amounts (negative for a
   * decrease). Lines not named keep their quantity and price.
   */
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public IssuedDocument issueAdjustment(UUID documentId, List<DocumentAssembler.LineChange> changes, String reason) {
    tenantContext.requireTenantId();
    String why = Text.required("reason", reason, 1000);
    if (changes == null || changes.isEmpty()) {
      throw new InvalidInputException("document.adjustNothing", "lines");
    }
    IssuedDocument upd =
        documents.find(documentId).orElseThrow(() -> new RecordNotFoundException("document", documentId));
    if (upd.kind() != DocumentKind.UPD || upd.requestId() == null) {
      throw new ConflictException("document.adjustNotUpd", "document", upd.number());
    }
    RegistrationRequest r =
        requests.lock(upd.requestId()).orElseThrow(() -> new RecordNotFoundException("request", upd.requestId()));
    documents.refresh(upd);
    if (upd.status() != DocumentStatus.ISSUED) {
      throw new ConflictException("document.adjustNotCurrent", "document", upd.number(), upd.status().name());
    }
    List<IssuedDocument> ofRequest = documents.forRequest(r.id());
    List<DocumentData.Line> before = currentLines(documents, upd, ofRequest);
    LegalEntity seller =
        legalEntities
            .find(upd.legalEntityId())
            .orElseThrow(() -> new RecordNotFoundException("legalEntity", upd.legalEntityId()));
    checkComplete(seller);
    TenantSettings standard = settings.current().orElseGet(TenantSettings::defaults);
    LocalDate today = LocalDate.now(standard.calendar().zone());
    DocumentAssembler.Deal deal =
        DocumentAssembler.deal(
            r, seller.details(), standard.vatRounding(), standard.paymentDays(), today, CLOSING_LOCALE);
    int index = (int) ofRequest.stream().filter(DocumentIssuer::isAdjustment).count() + 1;
    int year = today.getYear();
    // Validated before a number is taken: a refusal uses none.
    DocumentData draft = adjustment(deal, standard, "—", today, index, upd, ofRequest, before, changes, why);
    if (draft.correction().increase().amount().signum() == 0 && draft.correction().decrease().amount().signum() == 0) {
      throw new InvalidInputException("document.adjustUnchanged", "lines");
    }
    TemplatePacks.Resolved pack = packs.active(DocumentKind.UKD, CLOSING_LOCALE);
    int sequenceNo = next(seller, DocumentKind.UKD, year);
    String number = standard.documentNumberFormat().format(year, sequenceNo);
    DocumentData ukd = adjustment(deal, standard, number, today, index, upd, ofRequest, before, changes, why);
    DocumentData.Totals inc = ukd.correction().increase();
    DocumentData.Totals dec = ukd.correction().decrease();
    DocumentData.Totals net =
        new DocumentData.Totals(
            inc.amountWithoutVat().subtract(dec.amountWithoutVat()),
            inc.vat() == null && dec.vat() == null ? null : orZero(inc.vat()).subtract(orZero(dec.vat())),
            inc.amount().subtract(dec.amount()));
    Numbering n =
        new Numbering(year, sequenceNo, CorrectionType.ADJUSTMENT, 0, upd.id(), today, r.id() + ":UKD:" + index);
    Instant now = Instant.now();
    IssuedDocument stored;
    try {
      stored = store(r, seller, ukd, pack, n, upd.contractId(), now, net);
      r.comment(
          "УКД № " + number + " к УПД № " + upd.number() + ": " + net.amount().toPlainString() + " — " + why,
          tenantContext.callerName(), now);
      requests.flush();
    } catch (PersistenceException e) {
      throw new ConflictException("document.alreadyIssued", "request", r.id());
    }
    audit.record(
        "document.adjusted", "document", stored.id(),
        "UKD " + number + " of UPD " + upd.number() + ": " + net.amount().toPlainString() + " " + ukd.currency() + ": "
            + why);
    return stored;
  }

  /** A корректировка in force (not cancelled). */
  static boolean isAdjustment(IssuedDocument d) {
    return d.kind() == DocumentKind.UKD && d.status() != DocumentStatus.CANCELLED;
  }

  /**
   * The lines a УПД stands at now, read from the stored snapshot: those after its latest корректировка in force, else
   * its own. {@code ofRequest} are the documents of the УПД's request.
   */
  static List<DocumentData.Line> currentLines(
      DocumentRepository documents, IssuedDocument upd, List<IssuedDocument> ofRequest) {
    IssuedDocument basis =
        ofRequest.stream()
            .filter(DocumentIssuer::isAdjustment)
            .max(Comparator.comparing(IssuedDocument::issuedAt))
            .orElse(upd);
    return DocumentXml.readLines(
        documents.content(basis.id())
            .orElseThrow(() -> new IllegalStateException("No content of document " + basis.id()))
            .dataXml());
  }

  private static DocumentData adjustment(
      DocumentAssembler.Deal deal, TenantSettings standard, String number, LocalDate today, int index,
      IssuedDocument upd, List<IssuedDocument> ofRequest, List<DocumentData.Line> before,
      List<DocumentAssembler.LineChange> changes, String why) {
    try {
      return DocumentAssembler.adjustment(
          deal, standard.vatRounding(), number, today, index, new DocumentData.Reference(upd.number(), upd.issuedOn()),
          reference(ofRequest, DocumentKind.CONTRACT), reference(ofRequest, DocumentKind.INVOICE), before, changes,
          why);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("document.adjustLine", "lines", e.getMessage());
    }
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO.setScale(2) : value;
  }

  private static boolean sameAmount(BigDecimal a, BigDecimal b) {
    return a == null ? b == null || b.signum() == 0 : b == null ? a.signum() == 0 : a.compareTo(b) == 0;
  }

  private static String title(IssuedDocument d) {
    String name =
        switch (d.kind()) {
          case CONTRACT -> "Договор";
          case INVOICE -> "Счёт";
          case ACT -> "Акт";
          case UPD -> "УПД";
          default -> d.kind().name();
        };
    return name + " № " + d.number();
  }

  /** The number and date of the request's document of that kind (every document of a chain has the same). */
  private static DocumentData.Reference reference(List<IssuedDocument> ofRequest, DocumentKind kind) {
    return ofRequest.stream()
        .filter(d -> d.kind() == kind)
        .findFirst()
        .map(d -> new DocumentData.Reference(d.number(), d.issuedOn()))
        .orElse(null);
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
    checkComplete(seller);
    return seller;
  }

  private static void checkComplete(LegalEntity seller) {
    List<String> missing = seller.missingForDocuments();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(
          "document.sellerIncomplete", "seller", seller.shortName(), String.join(", ", missing));
    }
  }

  /**
   * Where a document sits in its sequence: an original takes the next number; an исправление keeps the number of the
   * document it corrects, with the next correction index, and keeps its date as the document's date.
   */
  record Numbering(
      int year, int sequenceNo, CorrectionType correctionType, int correctionIndex, UUID correctsId,
      LocalDate issuedOn, String dealKey) {

    static Numbering original(RegistrationRequest r, DocumentData data, int year, int sequenceNo) {
      return new Numbering(year, sequenceNo, null, 0, null, data.date(), r.id() + ":" + data.kind());
    }

    static Numbering fixOf(IssuedDocument corrected) {
      int index = corrected.correctionIndex() + 1;
      return new Numbering(
          corrected.year(), corrected.sequenceNo(), CorrectionType.FIX, index, corrected.id(), corrected.issuedOn(),
          corrected.requestId() + ":" + corrected.kind() + ":FIX" + index);
    }
  }

  private IssuedDocument store(
      RegistrationRequest r, LegalEntity seller, DocumentData data, TemplatePacks.Resolved pack, Numbering n,
      UUID contractId, Instant now) {
    return store(r, seller, data, pack, n, contractId, now, data.totals());
  }

  /** Stores the document with {@code recorded} as its amounts (a УКД records its net change). */
  private IssuedDocument store(
      RegistrationRequest r, LegalEntity seller, DocumentData data, TemplatePacks.Resolved pack, Numbering n,
      UUID contractId, Instant now, DocumentData.Totals recorded) {
    byte[] xml = DocumentXml.toBytes(data);
    boolean pdfA = settings.current().map(TenantSettings::pdfA).orElse(false);
    DocumentRenderer.Rendered pdf = renderer.render(pack.archive(), data, pdfA);
    UUID id = UUID.randomUUID();
    IssuedDocument doc =
        new IssuedDocument(
            id,
            new IssuedDocument.Header(
                data.kind(),
                data.locale(),
                data.number(),
                n.year(),
                n.sequenceNo(),
                n.correctionType(),
                n.correctionIndex(),
                n.correctsId(),
                n.issuedOn(),
                tenantContext.callerName(),
                seller.id(),
                r.id(),
                r.event().id(),
                r.counterpartyId(),
                contractId,
                n.dealKey(),
                data.buyer().fullName(),
                data.buyer().inn(),
                data.buyer().kpp(),
                data.currency(),
                recorded.amountWithoutVat(),
                recorded.vat(),
                recorded.amount()),
            new IssuedDocument.Rendition(
                pack.id(), pack.version(), pack.sha256(), pdf.sha256(), pdf.pdf().length, pdf.pages()),
            now);
    documents.add(doc, new DocumentContent(id, pdf.pdf(), xml));
    return doc;
  }
}
