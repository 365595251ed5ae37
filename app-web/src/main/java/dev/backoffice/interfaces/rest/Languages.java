package dev.backoffice.interfaces.rest;

import dev.backoffice.interfaces.facade.ErrorMessages;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The response language from Accept-Language: English when preferred, Russian otherwise. */
public final class Languages {

  private Languages() {}

  public static Locale of(HttpHeaders headers) {
    if (headers == null) {
      return ErrorMessages.RUSSIAN;
    }
    List<Locale> acceptable = headers.getAcceptableLanguages();
    for (Locale l : acceptable) {
      if ("en".equals(l.getLanguage()) || "ru".equals(l.getLanguage())) {
        return ErrorMessages.supported(l);
      }
    }
    return ErrorMessages.RUSSIAN;
  }
}
