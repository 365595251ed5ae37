package dev.backoffice.domain.model.shared;

/**
 * The record does not exist for the caller. A record of another tenant answers exactly like a missing one:
 * the exception never says whether the id exists elsewhere.
 */
public class RecordNotFoundException extends DomainException {

  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String kind, Object id) {
    super("notFound", null, kind, String.valueOf(id));
  }
}
