package dev.backoffice.interfaces.rest;

import dev.backoffice.application.UserDirectoryException;
import dev.backoffice.domain.model.shared.ConflictException;
import dev.backoffice.domain.model.shared.DomainException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.domain.requisites.RequisitesRejectedException;
import dev.backoffice.interfaces.facade.ErrorMessages;
import java.util.Map;
import dev.backoffice.tenancy.NoTenantException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error of the API as application/problem+json with a 4xx (or a 500 with a log reference, no stack trace). */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  @Context HttpHeaders headers;

  @Context SecurityContext security;

  @Override
  public Response toResponse(Throwable thrown) {
    Response prepared = preparedProblem(thrown);
    if (prepared != null) {
      return prepared;
    }
    Throwable e = unwrap(thrown);
    Locale locale = Languages.of(headers);
    if (e instanceof UserDirectoryException ude) {
      // Keycloak down (503) or answering wrongly (502): the detail goes to the log, the user gets words, not a trace
      int status = ude.unreachable() ? 503 : 502;
      LOG.log(Level.WARNING, "User directory failed (" + status + "): " + ude.getMessage(), ude.getCause());
      return Problem.response(
          status, "userDirectoryUnavailable", t(locale, "error.title.userDirectory"), t(locale, "error.userDirectoryUnavailable"), null);
    }
    if (e instanceof RecordNotFoundException nf) {
      return Problem.response(404, nf.code(), t(locale, "error.title.notFound"), ErrorMessages.describe(nf, locale), null);
    }
    if (e instanceof ConflictException c) {
      return Problem.response(409, c.code(), t(locale, "error.title.conflict"), ErrorMessages.describe(c, locale), c.field());
    }
    if (e instanceof RequisitesRejectedException rr) {
      Map<String, Object> body =
          Problem.body(400, rr.code(), t(locale, "error.title.badRequest"), rr.describe(locale), rr.field());
      body.put(
          "errors",
          rr.errors().stream()
              .map(v -> Map.of("field", v.field().jsonName(), "code", v.code(), "message", v.message(locale)))
              .toList());
      return Response.status(400).type(Problem.TYPE).entity(body).build();
    }
    if (e instanceof DomainException d) {
      return Problem.response(400, d.code(), t(locale, "error.title.badRequest"), ErrorMessages.describe(d, locale), d.field());
    }
    if (e instanceof NoTenantException) {
      return Problem.response(403, "noTenant", t(locale, "error.title.forbidden"), t(locale, "error.noTenant"), null);
    }
    if (e instanceof EJBAccessException || e instanceof SecurityException) {
      if (security == null || security.getUserPrincipal() == null) {
        return Problem.response(401, "unauthorized", t(locale, "error.title.unauthorized"), t(locale, "error.unauthorized"), null);
      }
      return Problem.response(403, "forbidden", t(locale, "error.title.forbidden"), t(locale, "error.forbidden"), null);
    }
    if (e instanceof JsonbException || e instanceof ProcessingException) {
      String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      if (reason.length() > 300) {
        reason = reason.substring(0, 300);
      }
      return Problem.response(400, "malformedJson", t(locale, "error.title.badRequest"), t(locale, "error.malformedJson", reason), null);
    }
    if (e instanceof NotSupportedException) {
      return Problem.response(415, "unsupportedMediaType", t(locale, "error.title.badRequest"), t(locale, "error.unsupportedMediaType"), null);
    }
    if (e instanceof NotFoundException) {
      return Problem.response(404, "notFound", t(locale, "error.title.notFound"), t(locale, "error.notFound"), null);
    }
    if (e instanceof NotAllowedException na) {
      Response r = na.getResponse();
      return Response.fromResponse(Problem.response(405, "methodNotAllowed", "Method Not Allowed", e.getMessage(), null))
          .allow(r.getAllowedMethods())
          .build();
    }
    if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      int status = wae.getResponse().getStatus();
      if (isJsonBindingFailure(wae)) {
        return Problem.response(400, "malformedJson", t(locale, "error.title.badRequest"), t(locale, "error.malformedJson", ""), null);
      }
      return Problem.response(status, "http" + status, wae.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), null);
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unhandled error in the REST API, reference " + reference, thrown);
    return Problem.response(500, "server", t(locale, "error.title.server"), t(locale, "error.server", reference), null);
  }

  /** A problem response built where the error was detected (e.g. an oversized body), wherever it was wrapped. */
  private static Response preparedProblem(Throwable thrown) {
    for (Throwable c = thrown; c != null; c = c.getCause()) {
      if (c instanceof WebApplicationException wae
          && wae.getResponse().hasEntity()
          && Problem.TYPE.isCompatible(wae.getResponse().getMediaType())) {
        return wae.getResponse();
      }
    }
    return null;
  }

  private static boolean isJsonBindingFailure(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof JsonbException || c instanceof jakarta.json.JsonException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t instanceof EJBException && !(t instanceof EJBAccessException) && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof ProcessingException && t.getCause() instanceof JsonbException) {
      return t.getCause();
    }
    return t;
  }

  private static String t(Locale locale, String key, Object... args) {
    return ErrorMessages.text(locale, key, args);
  }
}
