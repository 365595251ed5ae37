package dev.backoffice.interfaces.rest;

import dev.backoffice.interfaces.facade.ErrorMessages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** An RFC 9457 problem document. */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

  private Problem() {}

  public static Response response(int status, String code, String title, String detail, String field) {
    return Response.status(status).type(TYPE).entity(body(status, code, title, detail, field)).build();
  }

  /** A refusal whose title and detail are message keys, in the request's language (Accept-Language). */
  public static Response refusal(HttpHeaders headers, int status, String code, String titleKey, String detailKey) {
    Locale locale = Languages.of(headers);
    return response(status, code, ErrorMessages.text(locale, titleKey), ErrorMessages.text(locale, detailKey), null);
  }

  public static Map<String, Object> body(int status, String code, String title, String detail, String field) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "urn:backoffice:problem:" + code);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("code", code);
    if (field != null) {
      body.put("field", field);
    }
    return body;
  }
}
