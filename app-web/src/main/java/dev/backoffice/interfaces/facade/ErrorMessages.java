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

  public static String fieldLabel(Locale locale, String field) {
    return field == null ? "" : text(locale, "field." + field);
  }

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
