package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API with identity=keycloak: bearer access tokens from the real Keycloak, checked by Liberty's mpJwt. Every
 * forged, foreign, expired or misdirected token is refused with 401 and never sees data; the tenant is the token's
 * {@code tenant} claim only; the auditor changes nothing; a client system's service account writes into its own
 * tenant only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensKeycloakIT {

  private static final String ME = "/api/v1/me";
  private static final String LEGAL_ENTITIES = "/api/v1/legal-entities";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void keycloakIsUp() throws Exception {
    Keycloak.awaitReady();
  }

  /** Each call in a fresh client: no cookie of an earlier call can stand in for the token under test. */
  private static Browser.Json call(String token, String method, String path, String body) throws Exception {
    Browser b = token == null ? new Browser("en") : Browser.bearer(token, "en");
    return b.json(method, path, body, Map.of());
  }

  private static void refused401(String token, String why) throws Exception {
    for (String path : List.of(ME, LEGAL_ENTITIES)) {
      Browser.Json r = call(token, "GET", path, null);
      assertEquals(401, r.status(), why + " on " + path + ": " + r.body());
      assertTrue(r.isProblem(), why + ": problem+json, not a page");
      assertFalse(r.body().contains("Альфа"), why + ": no data");
    }
  }

  @Test
  void aValidTokenWorksSoTheRefusalsBelowMeanSomething() throws Exception {
    Browser.Json me = call(Keycloak.accessToken("alice"), "GET", ME, null);
    assertEquals(200, me.status(), me.body());
    assertEquals("alice", me.object().getString("name"));
    assertEquals("alpha", me.object().getJsonObject("tenant").getString("slug"));
    assertEquals("tenant-admin", me.object().getJsonArray("roles").getString(0));
  }

  @Test
  void noTokenAndMalformedTokensAreRefused() throws Exception {
    refused401(null, "no token");
    refused401("not-a-token", "malformed");
    refused401("a.b.c", "three garbage parts");
    String valid = Keycloak.accessToken("alice");
    refused401(valid.substring(0, valid.length() - 5) + "AAAAA", "damaged signature");
  }

  @Test
  void algNoneIsRefused() throws Exception {
    String[] parts = Keycloak.accessToken("alice").split("\\.");
    String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    refused401(header + "." + parts[1] + ".", "alg none without signature");
    refused401(header + "." + parts[1] + "." + parts[2], "alg none with the old signature");
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() throws Exception {
    String real = Keycloak.accessToken("alice");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair attacker = generator.generateKeyPair();
    // same header (kid of the realm's key) and the same claims, signed with the attacker's key
    String[] parts = real.split("\\.");
    String signingInput = parts[0] + "." + parts[1];
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initSign(attacker.getPrivate());
    rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    String forged = signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    refused401(forged, "signed by another key");

    // and claims changed under a real signature (tenant beta instead of alpha)
    JsonObject claims = Keycloak.part(real, 1);
    JsonObjectBuilder changed = Json.createObjectBuilder(claims).add("tenant", Json.createArrayBuilder().add("beta"));
    refused401(parts[0] + "." + b64(changed.build().toString()) + "." + parts[2], "claims changed after signing");
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    // the test client backoffice-test-short issues tokens that live 2 s; the server allows 5 s of clock skew
    String shortLived = Keycloak.passwordGrant(Keycloak.REALM, "backoffice-test-short", "alice").accessToken();
    assertEquals(200, call(shortLived, "GET", ME, null).status(), "valid while fresh");
    long exp = Keycloak.part(shortLived, 1).getJsonNumber("exp").longValue();
    long waitMillis = (exp + 5 + 2) * 1000 - System.currentTimeMillis();
    if (waitMillis > 0) {
      Thread.sleep(waitMillis);
    }
    refused401(shortLived, "expired beyond the clock skew");
  }

  @Test
  void aTokenOfAnotherRealmIsRefused() throws Exception {
    String foreign = Keycloak.passwordGrant("other", Keycloak.TEST_CLIENT, "alice").accessToken();
    JsonObject claims = Keycloak.part(foreign, 1);
    assertTrue(claims.getString("iss").endsWith("/realms/other"));
    assertEquals("alpha", claims.getJsonArray("tenant").getString(0), "same user name, same tenant claim");
    refused401(foreign, "another realm's issuer and key");
  }

  @Test
  void aTokenWithoutTheApiAudienceIsRefused() throws Exception {
    String token = Keycloak.passwordGrant(Keycloak.REALM, "backoffice-test-no-audience", "alice").accessToken();
    assertFalse(Keycloak.part(token, 1).toString().contains("backoffice-api"));
    refused401(token, "no backoffice-api audience");
  }

  @Test
  void anIdTokenIsNotAnAccessToken() throws Exception {
    String idToken = Keycloak.passwordGrant(Keycloak.REALM, Keycloak.TEST_CLIENT, "alice").idToken();
    assertEquals("ID", Keycloak.part(idToken, 1).getString("typ"));
    refused401(idToken, "ID token used as an access token");
  }

  @Test
  void aDisabledUserGetsNoTokenAtAll() throws Exception {
    Keycloak.TokenResponse r = Keycloak.passwordGrant(Keycloak.REALM, Keycloak.TEST_CLIENT, "dora");
    assertEquals(400, r.status(), r.body().toString());
    assertEquals("invalid_grant", r.body().getString("error"));
    assertFalse(r.body().containsKey("access_token"));
  }

  @Test
  void aUserInTwoTenantsIsRefusedAndGetsNeither() throws Exception {
    String token = Keycloak.accessToken("mallory");
    assertEquals(2, Keycloak.part(token, 1).getJsonArray("tenant").size());
    for (String path : List.of(ME, LEGAL_ENTITIES, "/api/v1/events")) {
      Browser.Json r = call(token, "GET", path, null);
      assertEquals(403, r.status(), path + ": " + r.body());
      assertTrue(r.body().contains("tenantConflict"), r.body());
      assertFalse(r.body().contains("Альфа") || r.body().contains("Бета"));
    }
  }

  @Test
  void theTenantIsTheTokensAndATenantInHeaderParameterOrBodyIsIgnored() throws Exception {
    Browser alice = Browser.bearer(Keycloak.accessToken("alice"), "en");
    Browser boris = Browser.bearer(Keycloak.accessToken("boris"), "en");
    String alphaId = alice.json("GET", ME, null, Map.of()).object().getJsonObject("tenant").getString("id");
    String betaId = boris.json("GET", ME, null, Map.of()).object().getJsonObject("tenant").getString("id");
    assertNotEquals(alphaId, betaId);

    Browser.Json forged =
        alice.json("GET", ME + "?tenant=beta&tenantId=" + betaId, null, Map.of("X-Tenant", "beta", "X-Tenant-Id", betaId));
    assertEquals("alpha", forged.object().getJsonObject("tenant").getString("slug"));

    String betaList = boris.json("GET", LEGAL_ENTITIES, null, Map.of()).body();
    Browser.Json alphaList = alice.json("GET", LEGAL_ENTITIES + "?tenantId=" + betaId, null, Map.of("X-Tenant-Id", betaId));
    assertEquals(200, alphaList.status());
    for (JsonValue v : alphaList.array()) {
      assertFalse(betaList.contains(v.asJsonObject().getString("id")), "alice sees no beta entity");
    }

    // created with beta's id in the body: lands in alpha; beta cannot see it
    alice.deleteLegalEntitiesByInn("7736207543");
    Browser.Json created =
        alice.json(
            "POST",
            LEGAL_ENTITIES,
            "{\"tenantId\":\""
                + betaId
                + "\",\"shortName\":\"ООО «Яндекс»\",\"fullName\":\"Общество с ограниченной ответственностью «Яндекс»\","
                + "\"inn\":\"7736207543\",\"kpp\":\"770401001\",\"ogrn\":\"1027700229193\"}",
            Map.of("X-Tenant-Id", betaId));
    assertEquals(201, created.status(), created.body());
    String id = created.object().getString("id");
    assertEquals(200, alice.json("GET", LEGAL_ENTITIES + "/" + id, null, Map.of()).status());
    assertEquals(404, boris.json("GET", LEGAL_ENTITIES + "/" + id, null, Map.of()).status());
    assertEquals(204, alice.send("DELETE", LEGAL_ENTITIES + "/" + id, null).statusCode());
  }

  @Test
  void anotherTenantsRecordByIdIsNotFound() throws Exception {
    Browser boris = Browser.bearer(Keycloak.accessToken("boris"), "en");
    String betaEntity = boris.json("GET", LEGAL_ENTITIES, null, Map.of()).array().getJsonObject(0).getString("id");
    String betaEvent = boris.json("GET", "/api/v1/events", null, Map.of()).array().getJsonObject(0).getString("id");
    Browser alice = Browser.bearer(Keycloak.accessToken("alice"), "en");
    Browser.Json entity = alice.json("GET", LEGAL_ENTITIES + "/" + betaEntity, null, Map.of());
    assertEquals(404, entity.status(), entity.body());
    assertTrue(entity.isProblem());
    assertEquals(404, alice.json("GET", "/api/v1/events/" + betaEvent, null, Map.of()).status());
    assertEquals(404, alice.json("DELETE", LEGAL_ENTITIES + "/" + betaEntity, null, Map.of()).status());
    assertEquals(200, boris.json("GET", LEGAL_ENTITIES + "/" + betaEntity, null, Map.of()).status(), "still there");
  }

  @Test
  void theAuditorIsRefusedEveryDataChangingEndpoint() throws Exception {
    ApiEndpoints.assertAuditorRefusedEverywhere(Browser.bearer(Keycloak.accessToken("anna"), "en"));
  }

  @Test
  void roleAndTenantLessUsersAreRefusedData() throws Exception {
    Browser.Json nobody = call(Keycloak.accessToken("nobody"), "GET", LEGAL_ENTITIES, null);
    assertEquals(403, nobody.status(), nobody.body());
    Browser.Json root = call(Keycloak.accessToken("root"), "GET", "/api/v1/tenants", null);
    assertEquals(200, root.status(), root.body());
    assertTrue(root.body().contains("\"slug\":\"alpha\"") && root.body().contains("\"slug\":\"beta\""));
  }

  @Test
  void aClientSystemsServiceAccountPostsIntoItsOwnTenantOnly() throws Exception {
    String token = Keycloak.serviceAccountToken("alpha-integration", "alpha-integration-dev-secret");
    Browser integration = Browser.bearer(token, "ru");
    JsonObject me = integration.json("GET", ME, null, Map.of()).object();
    assertEquals("service-account-alpha-integration", me.getString("name"));
    assertEquals("alpha", me.getJsonObject("tenant").getString("slug"));

    Map<String, String> alphaEvent =
        Requests.newEvent(Browser.bearer(Keycloak.accessToken("alice"), "ru"), "Интеграция " + UUID.randomUUID(), false);
    String key = UUID.randomUUID().toString();
    JsonObject submission = Requests.submission(alphaEvent.get("eventId"), alphaEvent.get("tariffId"), Requests.sberbank());
    Browser.Json posted =
        integration.json("POST", "/api/v1/registration-requests", submission.toString(), Map.of("Idempotency-Key", key));
    assertEquals(201, posted.status(), posted.body());
    String requestId = posted.object().getJsonObject("summary").getString("id");
    assertEquals(200, Browser.bearer(Keycloak.accessToken("oleg"), "en").json("GET", "/api/v1/registration-requests/" + requestId, null, Map.of()).status(), "alpha's operator sees it");
    assertEquals(404, Browser.bearer(Keycloak.accessToken("olga"), "en").json("GET", "/api/v1/registration-requests/" + requestId, null, Map.of()).status(), "beta's operator does not");

    // into beta's event: as if it did not exist
    Map<String, String> betaEvent =
        Requests.newEvent(Browser.bearer(Keycloak.accessToken("boris"), "ru"), "Чужое " + UUID.randomUUID(), false);
    JsonObject intoBeta = Requests.submission(betaEvent.get("eventId"), betaEvent.get("tariffId"), Requests.sberbank());
    Browser.Json refused =
        integration.json(
            "POST", "/api/v1/registration-requests", intoBeta.toString(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertEquals(404, refused.status(), refused.body());
    assertTrue(refused.isProblem());
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
