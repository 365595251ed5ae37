package dev.backoffice.interfaces.rest.requisites;

import dev.backoffice.application.RequisitesValidationService;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.requisites.EntityType;
import dev.backoffice.domain.requisites.RequisiteField;
import dev.backoffice.domain.requisites.RequisitesInput;
import dev.backoffice.domain.requisites.RequisitesVerdict;
import dev.backoffice.interfaces.facade.ErrorMessages;
import dev.backoffice.interfaces.facade.RequisitesAssembler;
import dev.backoffice.interfaces.facade.RequisitesAssembler.FieldVerdict;
import dev.backoffice.interfaces.rest.Languages;
import dev.backoffice.interfaces.rest.Problem;
import dev.backoffice.interfaces.rest.PublicEndpoint;
import dev.backoffice.interfaces.rest.RateLimiter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/v1/requisites/validation}: checks company and bank requisites field by field and answers for each
 * field that was given. No login (the public registration form uses it as the user types), rate-limited per client
 * address, changes nothing.
 */
@Path("requisites/validation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequisitesValidationResource {

  /** Longest value accepted per field; real values are at most 20 characters, formatted ones a little longer. */
  static final int MAX_FIELD_LENGTH = 64;

  /** The request body; {@code ogrn} carries the ОГРНИП of an entrepreneur. */
  public record RequisitesRequest(
      String inn,
      String kpp,
      String ogrn,
      String bik,
      String correspondentAccount,
      String settlementAccount,
      String entityType) {}

  public record ValidationResponse(Map<String, FieldVerdict> fields) {}

  @Inject RequisitesValidationService service;

  @Inject RateLimiter rateLimiter;

  @Context HttpHeaders headers;

  @Context HttpServletRequest http;

  @POST
  @PublicEndpoint
  @Operation(
      summary = "Check requisites (ИНН, КПП, ОГРН/ОГРНИП, БИК, accounts) field by field; no login, rate-limited",
      description =
          "Answers {\"fields\": {\"<field>\": {\"valid\": true|false, \"code\": \"...\", \"message\": \"...\"}}} for every"
              + " field given. entityType is organisation or entrepreneur. Messages follow Accept-Language (ru, en).")
  public Response validate(RequisitesRequest body) {
    Locale locale = Languages.of(headers);
    if (!rateLimiter.tryAcquire(http.getRemoteAddr())) {
      return Response.fromResponse(
              Problem.response(
                  429,
                  "rateLimited",
                  ErrorMessages.text(locale, "error.title.tooManyRequests"),
                  ErrorMessages.text(locale, "error.rateLimited"),
                  null))
          .header("Retry-After", rateLimiter.retryAfterSeconds())
          .build();
    }
    if (body == null) {
      throw new InvalidInputException("requisites.empty", null);
    }
    RequisitesInput input =
        new RequisitesInput(
            entityType(body.entityType()),
            bounded("inn", body.inn()),
            bounded("kpp", body.kpp()),
            bounded("ogrn", body.ogrn()),
            bounded("bik", body.bik()),
            bounded("correspondentAccount", body.correspondentAccount()),
            bounded("settlementAccount", body.settlementAccount()));
    if (List.of(RequisiteField.values()).stream().noneMatch(input::isGiven)) {
      throw new InvalidInputException("requisites.empty", null);
    }
    return Response.ok(answer(service.validate(input), locale)).build();
  }

  static ValidationResponse answer(RequisitesVerdict verdict, Locale locale) {
    return new ValidationResponse(RequisitesAssembler.fields(verdict, locale));
  }

  private static EntityType entityType(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return EntityType.fromCode(code.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("requisites.entityType", "entityType");
    }
  }

  private static String bounded(String field, String value) {
    if (value != null && value.length() > MAX_FIELD_LENGTH) {
      throw new InvalidInputException("tooLong", field, MAX_FIELD_LENGTH);
    }
    return value;
  }
}
