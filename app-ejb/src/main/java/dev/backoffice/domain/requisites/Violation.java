package dev.backoffice.domain.requisites;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One thing wrong with one field. {@code code} is a stable machine string from {@link
 * ViolationCode#ALL} that starts with {@code field.jsonName() + "."}; {@code args} are the {@link
 * MessageFormat} arguments of its message.
 */
public record Violation(RequisiteField field, String code, Severity severity, List<Object> args) {

  /** Base name of the message bundles (English default, {@code _ru} Russian; UTF-8). */
  public static final String BUNDLE = "dev.backoffice.domain.requisites.RequisitesMessages";

  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    if (!ViolationCode.ALL.contains(code)) {
      throw new IllegalArgumentException("Unknown violation code: " + code);
    }
    if (!code.startsWith(field.jsonName() + ".")) {
      throw new IllegalArgumentException("Code " + code + " does not belong to field " + field);
    }
    args = args == null ? List.of() : List.copyOf(args);
  }

  static Violation error(RequisiteField field, String code, Object... args) {
    return new Violation(field, code, Severity.ERROR, List.of(args));
  }

  static Violation warning(RequisiteField field, String code, Object... args) {
    return new Violation(field, code, Severity.WARNING, List.of(args));
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The user-facing message in {@code locale} (Russian for {@code ru}, English otherwise). The JVM
   * default locale is deliberately not used as a fallback, so {@code Locale.ENGLISH} gives English
   * even on a server whose default locale is Russian.
   */
  public String message(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Violation.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(code), locale).format(args.toArray());
  }
}
