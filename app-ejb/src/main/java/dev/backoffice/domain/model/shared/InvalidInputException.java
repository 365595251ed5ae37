package dev.backoffice.domain.model.shared;

/** Input that breaks a rule of the domain; nothing was changed. */
public class InvalidInputException extends DomainException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String code, String field, Object... args) {
    super(code, field, args);
  }
}
