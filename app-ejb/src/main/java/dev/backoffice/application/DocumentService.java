package dev.backoffice.application;

import dev.backoffice.plugin.api.document.DocumentKind;
import dev.backoffice.domain.model.document.DocumentStatus;
import java.util.List;
import java.util.UUID;

/**
 * Issued documents: the deal pack (contract + invoice) for an approved request, alone or in bulk; the list, one
 * document's metadata and PDF (reads by auditors are recorded in the audit trail), and cancellation.
 */
public interface DocumentService {

  /**
   * Issues the contract and the invoice of an approved request together, with the same parties, requisites, amounts
   * and date; numbers are taken in the same transaction that stores the PDFs, and the request moves to "documents
   * issued". Refused when the request is not approved, its requisites fail the gate, the seller lacks bank details or
   * signatories, or rendering fails — and then nothing is stored and no number is used.
   */
  List<DocumentView> issueDealPack(UUID requestId);

  /**
   * {@link #issueDealPack} for each request, in the background, each in its own transaction (one failure does not stop
   * the others); answers the run's progress at once.
   */
  BulkProgress startDealPacks(List<UUID> requestIds);

  BulkProgress getDealPackProgress(UUID runId);

  DocumentPage list(DocumentQuery query, int first, int max);

  DocumentView get(UUID id);

  List<DocumentView> listForRequest(UUID requestId);

  /** The PDF; recorded in the audit trail when the reader is an auditor. */
  DocumentFile getPdf(UUID id);

  /** The data snapshot (document XML) the PDF was rendered from. */
  DocumentFile getData(UUID id);

  /**
   * Starts issuing the act and the УПД for every paid request of the event that has none yet, in the background;
   * answers the progress. Starting it again resumes (a run already going on in this server is not started twice).
   */
  ClosingProgress startClosing(UUID eventId);

  ClosingProgress getClosingProgress(UUID eventId);

  /**
   * Issues the исправление of a document (wrong requisites): same number, next correction index, rendered from the
   * request's and the seller's current details; the corrected document becomes CORRECTED and keeps its PDF.
   */
  DocumentView correct(UUID id, String reason);

  /** Issues the исправление of every issued document of the request, all or none. */
  List<DocumentView> correctAllOfRequest(UUID requestId, String reason);

  /**
   * Issues a корректировка (УКД) of a УПД after its price or quantity changed by agreement: its own number, the lines
   * before and after, the increase and the decrease.
   */
  DocumentView adjust(UUID updId, DocumentAdjustment adjustment);

  /** The lines of a УПД as they stand now (after its корректировки, if any). */
  List<DocumentLine> getCurrentLines(UUID updId);

  /** Cancels an issued document; it keeps its number and its PDF. */
  DocumentView cancel(UUID id, long expectedVersion, String reason);

  /** Filters of the list (null = any). {@code buyer}: part of the name, an ИНН, or a document number. */
  record DocumentQuery(DocumentKind kind, DocumentStatus status, UUID eventId, UUID requestId, String buyer) {}

  record DocumentPage(List<DocumentView> documents, long total) {}

  record DocumentFile(String fileName, String contentType, byte[] content) {}
}
