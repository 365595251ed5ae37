package dev.backoffice.interfaces.web.shell;

import dev.backoffice.interfaces.facade.ErrorMessages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The user's language for this session: Russian or English; first taken from the browser. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext fc = FacesContext.getCurrentInstance();
      Locale requested = fc == null ? null : fc.getExternalContext().getRequestLocale();
      locale = ErrorMessages.supported(requested);
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /** Switches the language and reloads the current page with GET (keeps the URL bookmarkable). */
  public void switchTo(String language) throws IOException {
    locale = ErrorMessages.supported(Locale.forLanguageTag(language));
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getViewRoot().setLocale(locale);
    ExternalContext ec = fc.getExternalContext();
    String query = ec.getRequestParameterMap().get("error") != null ? "?error=true" : "";
    ec.redirect(ec.getRequestContextPath() + fc.getViewRoot().getViewId() + query);
  }
}
