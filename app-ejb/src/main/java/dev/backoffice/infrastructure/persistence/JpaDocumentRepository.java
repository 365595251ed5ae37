package dev.backoffice.infrastructure.persistence;

import dev.backoffice.domain.model.document.DocumentContent;
import dev.backoffice.domain.model.document.DocumentRepository;
import dev.backoffice.domain.model.document.DocumentSequence;
import dev.backoffice.domain.model.document.IssuedDocument;
import dev.backoffice.plugin.api.document.DocumentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Hibernate's {@code @TenantId} filter restricts every query here to the current tenant (and RLS on PostgreSQL). */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @Inject DocumentSequenceRows sequenceRows;

  @Override
  public Optional<IssuedDocument> find(UUID id) {
    return em.createQuery("select d from IssuedDocument d where d.id = :id", IssuedDocument.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<DocumentContent> content(UUID documentId) {
    return em.createQuery("select c from DocumentContent c where c.documentId = :id", DocumentContent.class)
        .setParameter("id", documentId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<IssuedDocument> forRequest(UUID requestId) {
    return em.createQuery(
            "select d from IssuedDocument d where d.requestId = :r order by d.issuedAt, d.kind", IssuedDocument.class)
        .setParameter("r", requestId)
        .getResultList();
  }

  @Override
  public long countForEvent(UUID eventId, DocumentKind kind) {
    return em.createQuery(
            "select count(d) from IssuedDocument d where d.eventId = :e and d.kind = :k", Long.class)
        .setParameter("e", eventId)
        .setParameter("k", kind)
        .getSingleResult();
  }

  @Override
  public List<IssuedDocument> page(DocumentFilter filter, int first, int max) {
    Where w = where(filter);
    return w.bind(
            em.createQuery(
                "select d from IssuedDocument d" + w.jpql + " order by d.issuedAt desc, d.id desc",
                IssuedDocument.class))
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(max, 1000)))
        .getResultList();
  }

  @Override
  public long count(DocumentFilter filter) {
    Where w = where(filter);
    return w.bind(em.createQuery("select count(d) from IssuedDocument d" + w.jpql, Long.class)).getSingleResult();
  }

  @Override
  public DocumentSequence lockSequence(UUID legalEntityId, DocumentKind kind, int year) {
    Optional<DocumentSequence> row = lockedRow(legalEntityId, kind, year);
    if (row.isPresent()) {
      return row.get();
    }
    // Created in its own transaction: two first issues of a year racing for the insert both end up locking the one
    // row, and the loser's transaction is not spoiled by the unique-constraint violation.
    try {
      sequenceRows.createIfAbsent(legalEntityId, kind.name(), year);
    } catch (DocumentSequenceRows.SequenceRowRaceException e) {
      // the other transaction's row is there now
    }
    return lockedRow(legalEntityId, kind, year)
        .orElseThrow(() -> new IllegalStateException("The number sequence row was not created"));
  }

  private Optional<DocumentSequence> lockedRow(UUID legalEntityId, DocumentKind kind, int year) {
    return em.createQuery(
            "select s from DocumentSequence s where s.legalEntityId = :le and s.kind = :k and s.year = :y",
            DocumentSequence.class)
        .setParameter("le", legalEntityId)
        .setParameter("k", kind.name())
        .setParameter("y", year)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(IssuedDocument document, DocumentContent content) {
    em.persist(document);
    em.persist(content);
    em.flush();
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public void refresh(IssuedDocument document) {
    em.refresh(document);
  }

  private record Where(String jpql, Map<String, Object> params) {
    <T> TypedQuery<T> bind(TypedQuery<T> q) {
      params.forEach(q::setParameter);
      return q;
    }
  }

  private static Where where(DocumentFilter f) {
    List<String> c = new ArrayList<>();
    Map<String, Object> p = new LinkedHashMap<>();
    if (f != null) {
      if (f.kind() != null) {
        c.add("d.kind = :kind");
        p.put("kind", f.kind());
      }
      if (f.status() != null) {
        c.add("d.status = :status");
        p.put("status", f.status());
      }
      if (f.eventId() != null) {
        c.add("d.eventId = :event");
        p.put("event", f.eventId());
      }
      if (f.requestId() != null) {
        c.add("d.requestId = :request");
        p.put("request", f.requestId());
      }
      if (f.buyer() != null && !f.buyer().isBlank()) {
        String b = f.buyer().strip();
        if (b.matches("\\d{10}|\\d{12}")) {
          c.add("d.buyerInn = :inn");
          p.put("inn", b);
        } else {
          c.add("(lower(d.buyerName) like :buyer escape '!' or d.number = :number)");
          p.put("buyer", "%" + b.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
          p.put("number", b);
        }
      }
    }
    return new Where(c.isEmpty() ? "" : " where " + String.join(" and ", c), p);
  }
}
