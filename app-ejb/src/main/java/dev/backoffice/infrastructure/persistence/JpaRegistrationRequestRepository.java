package dev.backoffice.infrastructure.persistence;

import dev.backoffice.domain.model.registration.IdempotencyKeyTakenException;
import dev.backoffice.domain.model.registration.QueueFilter;
import dev.backoffice.domain.model.registration.QueueOrder;
import dev.backoffice.domain.model.registration.RegistrationRequest;
import dev.backoffice.domain.model.registration.RegistrationRequestRepository;
import dev.backoffice.domain.model.registration.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
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

  private static final String WHERE =
      " where (:status is null or r.status = :status) and (:event is null or r.event.id = :event)"
          + " and (:search is null or r.company.inn like :search or lower(r.company.fullName) like :search"
          + " or lower(r.company.shortName) like :search)";

  @Override
  public List<RegistrationRequest> page(QueueFilter filter, QueueOrder order, int first, int max) {
    String orderBy =
        switch (order == null ? QueueOrder.DEADLINE : order) {
          case DEADLINE -> " order by r.slaDeadline, r.receivedAt, r.id";
          case RECEIVED_DESC -> " order by r.receivedAt desc, r.id";
          case COMPANY -> " order by r.company.fullName, r.receivedAt, r.id";
        };
    return bind(
            em.createQuery(
                "select r from RegistrationRequest r join fetch r.event join fetch r.tariff" + WHERE + orderBy,
                RegistrationRequest.class),
            filter)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(QueueFilter filter) {
    return bind(em.createQuery("select count(r) from RegistrationRequest r" + WHERE, Long.class), filter)
        .getSingleResult();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, QueueFilter f) {
    String search = f.search() == null || f.search().isBlank() ? null : "%" + escape(f.search().strip().toLowerCase(Locale.ROOT)) + "%";
    return q.setParameter("status", f.status()).setParameter("event", f.eventId()).setParameter("search", search);
  }

  /** LIKE wildcards typed by the user are searched for literally. */
  private static String escape(String s) {
    return s.replace("%", "").replace("_", "");
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
