package dev.backoffice.domain.model.registration;

import java.util.UUID;

/**
 * What the queue shows: a status, an event, and a search over ИНН and company name (each optional).
 *
 * @param search a fragment of the company's name or ИНН; null for all
 */
public record QueueFilter(RequestStatus status, UUID eventId, String search) {

  public static QueueFilter all() {
    return new QueueFilter(null, null, null);
  }
}
