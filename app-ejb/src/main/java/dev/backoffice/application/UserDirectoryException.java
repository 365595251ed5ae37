package dev.backoffice.application;

/**
 * The user directory (Keycloak) could not be reached or gave an answer that cannot be used. Nothing was changed in
 * this application (the transaction rolls back); the detail is for the log, the user gets a general message.
 */
public class UserDirectoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean unreachable;

  public UserDirectoryException(String detail, boolean unreachable, Throwable cause) {
    super(detail, cause);
    this.unreachable = unreachable;
  }

  /** True when it did not answer at all (down, timeout): 503; false when it answered wrongly: 502. */
  public boolean unreachable() {
    return unreachable;
  }
}
