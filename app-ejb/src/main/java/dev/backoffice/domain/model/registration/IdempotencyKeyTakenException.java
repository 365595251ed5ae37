package dev.backoffice.domain.model.registration;

import dev.backoffice.domain.model.shared.ConflictException;

/** Another transaction stored a request with this idempotency key first; read that one instead. */
public class IdempotencyKeyTakenException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public IdempotencyKeyTakenException(String key) {
    super("request.idempotencyKeyTaken", "Idempotency-Key", key);
  }
}
