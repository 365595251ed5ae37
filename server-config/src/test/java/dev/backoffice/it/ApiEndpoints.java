package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The API's endpoints as its OpenAPI document lists them, and the auditor's refusal on the data-changing ones. */
final class ApiEndpoints {

  private ApiEndpoints() {}

  /** "METHOD /path" of every POST/PUT/PATCH/DELETE in the OpenAPI document, except the public endpoints. */
  static List<String> dataChanging() throws Exception {
    Browser.Json doc = new Browser("en").json("GET", "/openapi?format=JSON", null, Map.of());
    assertEquals(200, doc.status());
    List<String> out = new ArrayList<>();
    JsonObject paths = doc.object().getJsonObject("paths");
    for (String p : paths.keySet()) {
      if (p.contains("requisites/validation")) {
        continue; // public, changes nothing, rate-limited
      }
      for (String m : paths.getJsonObject(p).keySet()) {
        if (List.of("post", "put", "patch", "delete").contains(m)) {
          out.add(m.toUpperCase() + " " + (p.startsWith("/api/v1") ? p : "/api/v1" + p));
        }
      }
    }
    return out;
  }

  /**
   * Every data-changing endpoint answers the auditor 403 (problem+json), whatever the body; {@code {id}} is one of the
   * auditor's own legal entities (so "not found" cannot hide a missing refusal), which survives.
   */
  static void assertAuditorRefusedEverywhere(Browser auditor) throws Exception {
    String legalEntities = "/api/v1/legal-entities";
    assertEquals(200, auditor.json("GET", legalEntities, null, Map.of()).status(), "the auditor reads");
    List<String> writes = dataChanging();
    assertTrue(writes.size() >= 10, "the API's data-changing endpoints, from its OpenAPI document: " + writes);
    String existing = auditor.json("GET", legalEntities, null, Map.of()).array().getJsonObject(0).getString("id");
    String someId = UUID.randomUUID().toString();
    for (String endpoint : writes) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String template = endpoint.substring(endpoint.indexOf(' ') + 1);
      String path = template.replace("{id}", template.contains("legal") ? existing : someId);
      for (String body : List.of("{}", "{\"name\":\"x\"}")) {
        Browser.Json r = auditor.json(method, path, body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(403, r.status(), endpoint + " with " + body + ": " + r.body());
        assertTrue(r.isProblem(), endpoint);
      }
    }
    assertEquals(200, auditor.json("GET", legalEntities + "/" + existing, null, Map.of()).status(), "nothing deleted");
  }
}
