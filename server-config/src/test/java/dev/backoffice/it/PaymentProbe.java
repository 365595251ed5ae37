package dev.backoffice.it;

import dev.backoffice.domain.model.registration.RegistrationRequest;
import dev.backoffice.domain.model.registration.RequestStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/**
 * Test probe standing in for the bank statement import (a later issue): records that a request's money arrived, in the
 * caller's tenant, through the domain's own transition.
 */
@Stateless
public class PaymentProbe {

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @PermitAll
  public void markPaid(UUID requestId) {
    RegistrationRequest r =
        em.createQuery("select r from RegistrationRequest r where r.id = :id", RegistrationRequest.class)
            .setParameter("id", requestId)
            .getSingleResult();
    r.moveTo(RequestStatus.PAID, "payment-probe", "test: money arrived", Instant.now());
  }
}
