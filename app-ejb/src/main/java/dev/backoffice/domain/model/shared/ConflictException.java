package dev.backoffice.domain.model.shared;

/** The change conflicts with the current state (a stale version, a duplicate key); nothing was changed. */
public class ConflictException extends DomainException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String code, String field, Object... args) {
    super(code, field, args);
  }
}
