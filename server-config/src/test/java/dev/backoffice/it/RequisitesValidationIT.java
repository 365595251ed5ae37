package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/v1/requisites/validation} as the public form and client systems call it: no login. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequisitesValidationIT {

  private static final String PATH = "/api/v1/requisites/validation";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void realRequisitesAreValidFieldByField() throws Exception {
    HttpResponse<String> r =
        new Browser("en")
            .send(
                "POST",
                PATH,
                "{\"entityType\":\"organisation\",\"inn\":\"7707083893\",\"kpp\":\"773601001\",\"ogrn\":\"1027700132195\","
                    + "\"bik\":\"044525225\",\"correspondentAccount\":\"30101 810 4 0000 0000225\"}");
    assertEquals(200, r.statusCode(), r.body());
    String body = r.body();
    for (String field : new String[] {"inn", "kpp", "ogrn", "bik", "correspondentAccount", "entityType"}) {
      assertTrue(body.contains("\"" + field + "\":{\"code\":\"" + field + ".ok\""), field + " in " + body);
    }
    assertFalse(body.contains("\"valid\":false"), body);
    assertFalse(body.contains("settlementAccount"), "only fields that were given");
  }

  @Test
  void mistakesAreNamedPerFieldInTheUsersLanguage() throws Exception {
    String json =
        "{\"entityType\":\"entrepreneur\",\"inn\":\"7707083893\",\"kpp\":\"7736О1001\",\"bik\":\"044525187\","
            + "\"correspondentAccount\":\"30101810400000000225\"}";
    HttpResponse<String> ru = new Browser("ru").send("POST", PATH, json);
    assertEquals(200, ru.statusCode(), ru.body());
    assertTrue(ru.body().contains("\"code\":\"kpp.cyrillic\""), ru.body());
    assertTrue(ru.body().contains("КПП"), ru.body());
    assertTrue(ru.body().contains("\"valid\":false"));
    assertTrue(ru.body().contains("correspondentAccount.bikMismatch") || ru.body().contains("correspondentAccount.key"), ru.body());
    HttpResponse<String> en = new Browser("en").send("POST", PATH, json);
    assertTrue(en.body().contains("KPP"), en.body());
  }

  @Test
  void badRequestsGetProblemJsonAndChangeNothing() throws Exception {
    Browser b = new Browser("en");
    assertProblem(b.send("POST", PATH, "{\"inn\": 7707083893"), 400, "malformedJson");
    assertProblem(b.send("POST", PATH, "{}"), 400, "requisites.empty");
    assertProblem(b.send("POST", PATH, "{\"inn\":\"7707083893\",\"entityType\":\"company\"}"), 400, "requisites.entityType");
    assertProblem(b.send("POST", PATH, "{\"inn\":\"" + "7".repeat(65) + "\"}"), 400, "tooLong");
    assertProblem(b.send("POST", PATH, "{\"inn\":\"" + "7".repeat(2_000_000) + "\"}"), 413, "bodyTooLarge");
  }

  private static void assertProblem(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
    assertTrue(r.body().contains("\"code\":\"" + code + "\""), r.body());
  }
}
