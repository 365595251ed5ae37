package dev.backoffice.infrastructure.persistence;

import dev.backoffice.domain.model.counterparty.Counterparty;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Creates a directory entry in a transaction of its own, so that losing the race for a new company's ИНН+КПП (the
 * unique constraint) does not spoil the caller's transaction. Only the counterparty repository calls it, from a
 * service method that has checked the caller's role; the tenant comes from the caller as always.
 */
@Stateless
public class CounterpartyRows {

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void addIfAbsent(Counterparty counterparty) {
    String kppKey = Counterparty.kppKey(counterparty.details().kpp());
    long existing =
        em.createQuery(
                "select count(c) from Counterparty c where c.details.inn = :inn and c.kppKey = :kpp", Long.class)
            .setParameter("inn", counterparty.details().inn())
            .setParameter("kpp", kppKey)
            .getSingleResult();
    if (existing > 0) {
      return;
    }
    try {
      em.persist(counterparty);
      em.flush();
    } catch (PersistenceException e) {
      throw new CreatedConcurrentlyException(kppKey);
    }
  }

  /** Rolls back this transaction only; the caller reads the row the other transaction made. */
  @jakarta.ejb.ApplicationException(rollback = true)
  public static class CreatedConcurrentlyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CreatedConcurrentlyException(String kpp) {
      super("counterparty created concurrently (KPP " + kpp + ")");
    }
  }
}
