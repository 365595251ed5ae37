package dev.backoffice.interfaces.web;

import dev.backoffice.application.UserDirectoryException;
import dev.backoffice.domain.model.shared.DomainException;
import dev.backoffice.domain.requisites.RequisitesRejectedException;
import dev.backoffice.domain.requisites.Violation;
import dev.backoffice.interfaces.facade.ErrorMessages;
import dev.backoffice.tenancy.NoTenantException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;

/** Puts refusals next to the field they concern (or on top of the form), in the user's language. */
public final class FacesMessages {

  private FacesMessages() {}

  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public static String text(String key, Object... args) {
    return ErrorMessages.text(locale(), key, args);
  }

  public static void info(String key, Object... args) {
    String t = text(key, args);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, t, t));
  }

  public static void error(String key, Object... args) {
    String t = text(key, args);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, t, t));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * Reports a refusal. {@code fieldClientIds} maps domain field names to component client ids so the message
   * appears next to the field.
   */
  public static void refusal(RuntimeException e, Map<String, String> fieldClientIds) {
    FacesContext fc = FacesContext.getCurrentInstance();
    String text;
    String clientId = null;
    if (e instanceof RequisitesRejectedException rr) {
      for (Violation v : rr.errors()) {
        String t = v.message(locale());
        fc.addMessage(fieldClientIds.get(v.field().jsonName()), new FacesMessage(FacesMessage.SEVERITY_ERROR, t, t));
      }
      fc.validationFailed();
      return;
    }
    if (e instanceof DomainException de) {
      text = ErrorMessages.describe(de, locale());
      clientId = de.field() == null ? null : fieldClientIds.get(de.field());
    } else if (e instanceof UserDirectoryException ude) {
      java.util.logging.Logger.getLogger(FacesMessages.class.getName())
          .log(java.util.logging.Level.WARNING, "User directory failed: " + ude.getMessage(), ude.getCause());
      text = ErrorMessages.text(locale(), "error.userDirectoryUnavailable");
    } else if (e instanceof NoTenantException) {
      text = ErrorMessages.text(locale(), "error.noTenant");
    } else if (e instanceof EJBAccessException) {
      text = ErrorMessages.text(locale(), "error.forbidden");
    } else {
      throw e;
    }
    fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    fc.validationFailed();
  }
}
