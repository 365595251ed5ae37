package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The product as a user and a client system meet it: login, screens in two languages, health, the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebAndApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void theRootLeadsAStrangerToTheLoginPage() throws Exception {
    HttpResponse<String> ru = new Browser("ru").get("/");
    assertEquals(200, ru.statusCode());
    assertTrue(ru.body().contains("j_security_check"), "login form");
    assertTrue(ru.body().contains("Войти"));
    HttpResponse<String> en = new Browser("en").get("/");
    assertTrue(en.body().contains("Sign in"));
    assertFalse(en.body().contains("Альфа Конференции"), "no tenant data before login");
  }

  @Test
  void usersLogInAndSeeTheirOwnTenantOnly() throws Exception {
    String alpha = Browser.loggedIn("alice", "ru").get("/app/dashboard.xhtml").body();
    assertEquals("Альфа Конференции", Browser.textOf(alpha, "tenantName"));
    assertFalse(alpha.contains("Бета Ивент"));
    assertTrue(alpha.contains("Администратор клиента"));
    assertTrue(Long.parseLong(Browser.textOf(alpha, "countLegalEntities")) >= 1);

    String beta = Browser.loggedIn("artem", "en").get("/app/dashboard.xhtml").body();
    assertEquals("Бета Ивент", Browser.textOf(beta, "tenantName"));
    assertFalse(beta.contains("Альфа Конференции"));
    assertTrue(beta.contains("Auditor"));
    assertTrue(beta.contains("Sign out"));
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessage() throws Exception {
    Browser b = new Browser("en");
    b.get("/app/dashboard.xhtml");
    HttpResponse<String> r = b.postForm("/j_security_check", Map.of("j_username", "alice", "j_password", "wrong"));
    assertTrue(r.uri().toString().contains("error=true"), r.uri().toString());
    assertTrue(r.body().contains("Wrong user name or password."));
    assertFalse(b.get("/app/dashboard.xhtml").body().contains("tenantName"));
  }

  @Test
  void theLanguageSwitchChangesTheScreens() throws Exception {
    Browser b = Browser.loggedIn("oleg", "ru");
    String page = b.get("/app/dashboard.xhtml").body();
    assertTrue(page.contains("<title>Сводка"));
    HttpResponse<String> switched = b.submit("/app/dashboard.xhtml", page, "shellForm", "shellForm:langEn");
    assertTrue(switched.body().contains("<title>Dashboard"), "English after the switch");
    assertTrue(b.get("/app/legal-entities.xhtml").body().contains("Legal entities"), "and it stays English");
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    Browser b = Browser.loggedIn("alice", "en");
    String page = b.get("/app/dashboard.xhtml").body();
    HttpResponse<String> out = b.submit("/app/dashboard.xhtml", page, "shellForm", "shellForm:logout");
    assertTrue(out.body().contains("j_security_check"), "back on the login page");
    assertEquals(401, b.send("GET", "/api/v1/me", null).statusCode());
  }

  @Test
  void healthOpenApiAndMetricsAnswer() throws Exception {
    Browser b = new Browser("en");
    HttpResponse<String> ready = b.get("/health/ready");
    assertEquals(200, ready.statusCode());
    assertTrue(ready.body().contains("\"status\":\"UP\""));
    assertTrue(ready.body().contains("\"database\""));
    assertEquals(200, b.get("/health/live").statusCode());
    HttpResponse<String> openapi = b.get("/openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/api/v1/legal-entities"));
    assertEquals(200, b.get("/metrics").statusCode());
  }

  @Test
  void theApiWantsAUserAndAnswersProblemJson() throws Exception {
    HttpResponse<String> anonymous = new Browser("en").send("GET", "/api/v1/legal-entities", null);
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

    Browser alice = Browser.loggedIn("alice", "ru");
    HttpResponse<String> me = alice.send("GET", "/api/v1/me", null);
    assertEquals(200, me.statusCode());
    assertTrue(me.body().contains("\"slug\":\"alpha\""));

    HttpResponse<String> badInn =
        alice.send(
            "POST",
            "/api/v1/legal-entities",
            "{\"shortName\":\"X\",\"fullName\":\"X\",\"inn\":\"7707083894\",\"kpp\":\"773601001\",\"ogrn\":\"1027700132195\"}");
    assertEquals(400, badInn.statusCode());
    assertTrue(badInn.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertTrue(badInn.body().contains("\"field\":\"inn\""), badInn.body());
    assertTrue(badInn.body().contains("ИНН"), badInn.body());

    HttpResponse<String> malformed = alice.send("POST", "/api/v1/legal-entities", "{\"shortName\": ");
    assertEquals(400, malformed.statusCode(), malformed.body());
    assertTrue(malformed.body().contains("malformedJson"), malformed.body());

    HttpResponse<String> notAnId = alice.send("GET", "/api/v1/legal-entities/not-a-uuid", null);
    assertEquals(404, notAnId.statusCode());
  }

  @Test
  void anotherTenantsRecordIsNotFoundAndTheTenantInTheBodyIsIgnored() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    String alphaTenantId = Browser.jsonString(alice.send("GET", "/api/v1/me", null).body(), "id");
    Browser boris = Browser.loggedIn("boris", "en");
    String betaTenantId = Browser.jsonString(boris.send("GET", "/api/v1/me", null).body(), "id");
    assertFalse(alphaTenantId.equals(betaTenantId));

    // clean leftovers of an earlier run, then create with a forged tenant id in the body
    boris.deleteLegalEntitiesByInn("7736207543");
    HttpResponse<String> created =
        boris.send(
            "POST",
            "/api/v1/legal-entities",
            "{\"tenantId\":\""
                + alphaTenantId
                + "\",\"shortName\":\"ООО «Яндекс»\",\"fullName\":\"Общество с ограниченной ответственностью «Яндекс»\","
                + "\"inn\":\"7736207543\",\"kpp\":\"770401001\",\"ogrn\":\"1027700229193\"}");
    assertEquals(201, created.statusCode(), created.body());
    String id = Browser.jsonString(created.body(), "id");
    assertNotNull(id);

    assertEquals(200, boris.send("GET", "/api/v1/legal-entities/" + id, null).statusCode());
    HttpResponse<String> fromAlice = alice.send("GET", "/api/v1/legal-entities/" + id, null);
    assertEquals(404, fromAlice.statusCode());
    assertTrue(fromAlice.body().contains("notFound"));
    assertFalse(alice.send("GET", "/api/v1/legal-entities", null).body().contains(id));
    assertEquals(404, alice.send("DELETE", "/api/v1/legal-entities/" + id, null).statusCode());

    HttpResponse<String> auditor = Browser.loggedIn("artem", "en").send("DELETE", "/api/v1/legal-entities/" + id, null);
    assertEquals(403, auditor.statusCode());
    assertTrue(auditor.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

    assertEquals(204, boris.send("DELETE", "/api/v1/legal-entities/" + id, null).statusCode());
  }

  @Test
  void theAuditorIsRefusedEveryDataChangingEndpoint() throws Exception {
    ApiEndpoints.assertAuditorRefusedEverywhere(Browser.loggedIn("anna", "en"));
  }
}
