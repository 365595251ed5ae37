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
  public List<UUID> idsOfEvent(UUID eventId, java.util.Set<RequestStatus> statuses) {
    return em.createQuery(
            "select r.id from RegistrationRequest r where r.event.id = :e and r.status in :s order by r.receivedAt, r.id",
            UUID.class)
        .setParameter("e", eventId)
        .setParameter("s", statuses)
        .getResultList();
  }

  @Override
  public long countOfEvent(UUID eventId, java.util.Set<RequestStatus> statuses) {
    return em.createQuery(
            "select count(r) from RegistrationRequest r where r.event.id = :e and r.status in :s", Long.class)
        .setParameter("e", eventId)
        .setParameter("s", statuses)
        .getSingleResult();
  }

  @Override
  public Optional<RegistrationRequest> lock(UUID id) {
    return em.createQuery("select r from RegistrationRequest r where r.id = :id", RegistrationRequest.class)
        .setParameter("id", id)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
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

  /**
   * A page in two steps: the ids from {@code registration_request} alone, in an order an index serves (only the
   * filters actually given are in the statement, so a cached generic plan cannot ignore the indexes), then the
   * requests with their event and tariff for just those ids.
   */
  @Override
  public List<RegistrationRequest> page(QueueFilter filter, QueueOrder order, int first, int max) {
    String orderBy =
        switch (order == null ? QueueOrder.DEADLINE : order) {
          case DEADLINE -> " order by r.slaDeadline, r.receivedAt, r.id";
          case RECEIVED_DESC -> " order by r.receivedAt desc, r.id desc";
          case COMPANY -> " order by r.company.fullName, r.receivedAt, r.id";
        };
    Where where = where(filter);
    List<UUID> ids =
        where.bind(em.createQuery("select r.id from RegistrationRequest r" + where.jpql + orderBy, UUID.class))
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, RegistrationRequest> byId = new java.util.HashMap<>();
    for (RegistrationRequest r :
        em.createQuery(
                "select r from RegistrationRequest r join fetch r.event join fetch r.tariff where r.id in :ids",
                RegistrationRequest.class)
            .setParameter("ids", ids)
            .getResultList()) {
      byId.put(r.id(), r);
    }
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  @Override
  public long count(QueueFilter filter) {
    Where where = where(filter);
    return where.bind(em.createQuery("select count(*) from RegistrationRequest r" + where.jpql, Long.class)).getSingleResult();
  }

  /** The conditions of a filter, with only the parts that were given. */
  private record Where(String jpql, Map<String, Object> params) {
    <T> TypedQuery<T> bind(TypedQuery<T> q) {
      params.forEach(q::setParameter);
      return q;
    }
  }

  private static Where where(QueueFilter f) {
    List<String> conditions = new java.util.ArrayList<>();
    Map<String, Object> params = new java.util.HashMap<>();
    if (f.status() != null) {
      conditions.add("r.status = :status");
      params.put("status", f.status());
    }
    if (f.eventId() != null) {
      conditions.add("r.event.id = :event");
      params.put("event", f.eventId());
    }
    if (f.search() != null && !f.search().isBlank()) {
      String s = escape(f.search().strip().toLowerCase(Locale.ROOT));
      if (s.chars().allMatch(Character::isDigit)) {
        conditions.add(
            "(r.company.inn like :innPrefix or lower(r.company.fullName) like :search"
                + " or lower(r.company.shortName) like :search)");
        params.put("innPrefix", s + "%");
      } else {
        conditions.add("(lower(r.company.fullName) like :search or lower(r.company.shortName) like :search)");
      }
      params.put("search", "%" + s + "%");
    }
    return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
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
        em.createQuery("select r.status, count(*) from RegistrationRequest r group by r.status", Object[].class)
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
