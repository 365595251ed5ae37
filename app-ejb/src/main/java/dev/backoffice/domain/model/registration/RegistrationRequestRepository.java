package dev.backoffice.domain.model.registration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's registration requests. */
public interface RegistrationRequestRepository {

  Optional<RegistrationRequest> find(UUID id);

  Optional<RegistrationRequest> findByIdempotencyKey(String key);

  /** Ids of the event's requests in any of the given statuses, oldest first. */
  List<UUID> idsOfEvent(UUID eventId, java.util.Set<RequestStatus> statuses);

  /** How many of the event's requests are in any of the given statuses. */
  long countOfEvent(UUID eventId, java.util.Set<RequestStatus> statuses);

  /** The request with its row locked until the transaction ends (one issuer per request at a time). */
  Optional<RegistrationRequest> lock(UUID id);

  /** A page of the queue. */
  List<RegistrationRequest> page(QueueFilter filter, QueueOrder order, int first, int max);

  long count(QueueFilter filter);

  Map<RequestStatus, Long> countsByStatus();

  /** Adds and flushes, so that a duplicate idempotency key is detected here. */
  void add(RegistrationRequest request);

  /** Writes pending changes now, so that versions and constraint violations are known before the view is built. */
  void flush();
}
