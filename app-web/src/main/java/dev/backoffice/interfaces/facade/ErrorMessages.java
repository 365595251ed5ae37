package dev.backoffice.interfaces.facade;

import dev.backoffice.domain.model.shared.DomainException;
import dev.backoffice.domain.requisites.RequisitesRejectedException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns refusals into words in the user's language (Russian or English) from the screens' message bundle. */
public final class ErrorMessages {

  public static final String BUNDLE = "dev.backoffice.interfaces.web.messages";
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private ErrorMessages() {}

  /** The supported locale closest to the one asked for: English if asked, otherwise Russian. */
  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : RUSSIAN;
  }

  public static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(args);
  }

  /**
   * The field's name in the user's language. Indexed fields ({@code participants[2].email}) are named by their
   * general label plus the 1-based number; unknown fields keep their technical name.
   */
  public static String fieldLabel(Locale locale, String field) {
    if (field == null) {
      return "";
    }
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
    if (bundle.containsKey("field." + field)) {
      return bundle.getString("field." + field);
    }
    java.util.regex.Matcher indexed = INDEX.matcher(field);
    if (indexed.find()) {
      String general = "field." + INDEX.matcher(field).replaceAll("");
      if (bundle.containsKey(general)) {
        return bundle.getString(general) + " №" + (Integer.parseInt(indexed.group(1)) + 1);
      }
    }
    return field;
  }

  private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\[(\\d+)]");

  public static String describe(DomainException e, Locale locale) {
    if (e instanceof RequisitesRejectedException r) {
      return r.describe(supported(locale));
    }
    List<Object> args = new ArrayList<>();
    args.add(fieldLabel(locale, e.field()));
    for (Object a : e.args()) {
      args.add(a instanceof Number n ? n.toString() : a);
    }
    return text(locale, "error." + e.code(), args.toArray());
  }
}
