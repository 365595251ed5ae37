package dev.backoffice.domain.model.document;

import dev.backoffice.plugin.api.document.DocumentKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's issued documents, their content and their number sequences. */
public interface DocumentRepository {

  Optional<IssuedDocument> find(UUID id);

  Optional<DocumentContent> content(UUID documentId);

  List<IssuedDocument> forRequest(UUID requestId);

  /** How many documents of the kind the event has (any status). */
  long countForEvent(UUID eventId, DocumentKind kind);

  /** A page of documents, newest first, with the given filters (null = any). */
  List<IssuedDocument> page(DocumentFilter filter, int first, int max);

  long count(DocumentFilter filter);

  /**
   * The sequence row locked for update (created first if it does not exist yet — concurrently safe); the caller
   * advances it in its transaction.
   */
  DocumentSequence lockSequence(UUID legalEntityId, DocumentKind kind, int year);

  /** Adds the document and its content and flushes, so a duplicate number or deal key fails here. */
  void add(IssuedDocument document, DocumentContent content);

  void flush();

  /** Reads the document's state again (after a lock that another transaction may have waited for). */
  void refresh(IssuedDocument document);

  /** Filters of the document list. */
  record DocumentFilter(
      DocumentKind kind, DocumentStatus status, UUID eventId, UUID requestId, String buyer) {
    public static DocumentFilter none() {
      return new DocumentFilter(null, null, null, null, null);
    }
  }
}
