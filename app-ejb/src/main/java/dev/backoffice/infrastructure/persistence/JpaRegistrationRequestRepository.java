package dev.backoffice.infrastructure.persistence;

import dev.backoffice.domain.model.registration.IdempotencyKeyTakenException;
import dev.backoffice.domain.model.registration.RegistrationRequest;
import dev.backoffice.domain.model.registration.RegistrationRequestRepository;
import dev.backoffice.domain.model.registration.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

@ApplicationScoped
public class JpaRegistrationRequestRepository implements RegistrationRequestRepository {

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @Override
  public Optional<RegistrationRequest> find(UUID id) {
    return em.createQuery("select r from RegistrationRequest r where r.id = :id", RegistrationRequest.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<RegistrationRequest> findByIdempotencyKey(String key) {
    return em.createQuery("select r from RegistrationRequest r where r.idempotencyKey = :k", RegistrationRequest.class)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<RegistrationRequest> page(RequestStatus status, UUID eventId, int first, int max) {
    return em.createQuery(
            "select r from RegistrationRequest r join fetch r.event join fetch r.tariff"
                + " where (:status is null or r.status = :status) and (:event is null or r.event.id = :event)"
                + " order by r.slaDeadline, r.receivedAt, r.id",
            RegistrationRequest.class)
        .setParameter("status", status)
        .setParameter("event", eventId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(RequestStatus status, UUID eventId) {
    return em.createQuery(
            "select count(r) from RegistrationRequest r"
                + " where (:status is null or r.status = :status) and (:event is null or r.event.id = :event)",
            Long.class)
        .setParameter("status", status)
        .setParameter("event", eventId)
        .getSingleResult();
  }

  @Override
  public Map<RequestStatus, Long> countsByStatus() {
    Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
    for (RequestStatus s : RequestStatus.values()) {
      counts.put(s, 0L);
    }
    for (Object[] row :
        em.createQuery("select r.status, count(r) from RegistrationRequest r group by r.status", Object[].class)
            .getResultList()) {
      counts.put((RequestStatus) row[0], (Long) row[1]);
    }
    return counts;
  }

  @Override
  public void add(RegistrationRequest request) {
    em.persist(request);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (request.idempotencyKey() != null && isIdempotencyKeyViolation(e)) {
        throw new IdempotencyKeyTakenException(request.idempotencyKey());
      }
      throw e;
    }
  }

  private static boolean isIdempotencyKeyViolation(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof ConstraintViolationException cve
          && cve.getConstraintName() != null
          && cve.getConstraintName().toLowerCase(Locale.ROOT).contains("registration_request_idem_uk")) {
        return true;
      }
      String m = c.getMessage();
      if (m != null && m.toLowerCase(Locale.ROOT).contains("registration_request_idem_uk")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void flush() {
    em.flush();
  }
}
