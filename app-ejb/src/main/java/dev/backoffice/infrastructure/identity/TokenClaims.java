package dev.backoffice.infrastructure.identity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads the claims of a compact JWT that Liberty has already verified (signature, issuer, audience, expiry) and put
 * into the authenticated subject. Never use it on a token that came from a request directly: it checks nothing.
 */
final class TokenClaims {

  private TokenClaims() {}

  /** The payload of a compact JWS ({@code header.payload.signature}); empty when it is not one. */
  static Optional<JsonObject> payload(String compactJwt) {
    if (compactJwt == null) {
      return Optional.empty();
    }
    String[] parts = compactJwt.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try (JsonReader reader =
        Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
      return Optional.of(reader.readObject());
    } catch (RuntimeException notJson) {
      return Optional.empty();
    }
  }

  /** A claim as strings: a single string, or every string of an array; nothing for a missing or other claim. */
  static List<String> strings(JsonObject claims, String name) {
    JsonValue value = claims.get(name);
    List<String> out = new ArrayList<>();
    if (value instanceof JsonString s) {
      out.add(s.getString());
    } else if (value instanceof JsonArray a) {
      for (JsonValue v : a) {
        if (v instanceof JsonString s) {
          out.add(s.getString());
        }
      }
    }
    return out;
  }
}
