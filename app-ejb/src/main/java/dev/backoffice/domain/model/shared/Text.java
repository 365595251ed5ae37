package dev.backoffice.domain.model.shared;

/** Small helpers for user-entered text: trimming and length checks that name the field. */
public final class Text {

  /** An e-mail address as people type it: local part, @, a domain with a dot. Deliberately not RFC 5322 in full. */
  private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  private Text() {}

  /** Trims, collapses NBSP to a space; null and blank become null. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = value.replace('\u00A0', ' ').strip();
    return v.isEmpty() ? null : v;
  }

  public static boolean isEmail(String value) {
    return value != null && EMAIL.matcher(value).matches();
  }

  public static String required(String field, String value, int maxLength) {
    String v = clean(value);
    if (v == null) {
      throw new InvalidInputException("required", field);
    }
    return maxLength(field, v, maxLength);
  }

  public static String optional(String field, String value, int maxLength) {
    String v = clean(value);
    return v == null ? null : maxLength(field, v, maxLength);
  }

  private static String maxLength(String field, String v, int maxLength) {
    if (v.length() > maxLength) {
      throw new InvalidInputException("tooLong", field, maxLength);
    }
    if (v.chars().anyMatch(c -> Character.isISOControl(c))) {
      throw new InvalidInputException("controlCharacters", field);
    }
    return v;
  }
}
