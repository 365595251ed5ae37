package dev.backoffice.domain.model.shared;

import java.util.List;

/**
 * A refusal a user can act on. Carries a stable machine code, the field it concerns (or null) and the message
 * arguments; the interfaces layer turns the code into words in the user's language.
 */
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String field;
  private final List<Object> args;

  public DomainException(String code, String field, Object... args) {
    super(code + (field == null ? "" : " [" + field + "]") + (args.length == 0 ? "" : " " + List.of(args)));
    this.code = code;
    this.field = field;
    this.args = List.of(args);
  }

  public String code() {
    return code;
  }

  /** The input field the refusal is about, or null when it concerns the whole request. */
  public String field() {
    return field;
  }

  public List<Object> args() {
    return args;
  }
}
