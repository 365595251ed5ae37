package dev.backoffice.infrastructure.persistence;

import dev.backoffice.domain.model.document.DocumentSequence;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates a number sequence row in a transaction of its own. Only the document repository calls it, from inside a
 * service method that has already checked the caller's role; the tenant comes from the caller as always.
 */
@Stateless
public class DocumentSequenceRows {

  private static final Logger LOG = Logger.getLogger(DocumentSequenceRows.class.getName());

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createIfAbsent(UUID legalEntityId, String kind, int year) {
    long existing =
        em.createQuery(
                "select count(s) from DocumentSequence s where s.legalEntityId = :le and s.kind = :k and s.year = :y",
                Long.class)
            .setParameter("le", legalEntityId)
            .setParameter("k", kind)
            .setParameter("y", year)
            .getSingleResult();
    if (existing > 0) {
      return;
    }
    try {
      em.persist(new DocumentSequence(legalEntityId, kind, year));
      em.flush();
    } catch (PersistenceException e) {
      // Another transaction created it first; the caller locks that one.
      LOG.log(Level.FINE, "Sequence row created concurrently", e);
      throw new SequenceRowRaceException();
    }
  }

  /** Rolls back this transaction only; the caller goes on and finds the row the other transaction made. */
  @jakarta.ejb.ApplicationException(rollback = true)
  public static class SequenceRowRaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
