package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tenant user management against the real Keycloak: a tenant admin lists, invites and re-roles the users of their own
 * tenant only (through the application's service-account client and Keycloak's Admin REST API); Keycloak sends the
 * invitation through a real SMTP server (GreenMail on {@code it.smtp.port}, the test realm's smtpServer); the invited
 * user signs in and carries the tenant and role; other tenants' users answer 404; operators and auditors change
 * nothing; a platform admin's new tenant gets its Keycloak group. The test reads and prepares Keycloak with the same
 * service-account client (the realm's {@code backoffice-admin}), never through the application under test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserAdminKeycloakIT {

  private static final String USERS = "/api/v1/users";
  private static final String ADMIN_CLIENT = "backoffice-admin";
  private static final String ADMIN_SECRET = "backoffice-admin-dev-secret";
  private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 13025);

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
          .withPerMethodLifecycle(false);

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void keycloakIsUp() throws Exception {
    Keycloak.awaitReady();
  }

  private static Browser.Json call(String user, String method, String path, String body) throws Exception {
    return call(user, "en", method, path, body);
  }

  private static Browser.Json call(String user, String language, String method, String path, String body)
      throws Exception {
    return Browser.bearer(Keycloak.accessToken(user), language).json(method, path, body, Map.of());
  }

  private static JsonObject userNamed(JsonArray users, String username) {
    for (JsonObject u : users.getValuesAs(JsonObject.class)) {
      if (username.equals(u.getString("username", null))) {
        return u;
      }
    }
    return null;
  }

  private static List<String> usernames(Browser.Json list) {
    List<String> out = new ArrayList<>();
    for (JsonObject u : list.object().getJsonArray("users").getValuesAs(JsonObject.class)) {
      out.add(u.getString("username"));
    }
    return out;
  }

  private static String idOf(String viewer, String username) throws Exception {
    Browser.Json list = call(viewer, "GET", USERS, null);
    assertEquals(200, list.status(), list.body());
    JsonObject u = userNamed(list.object().getJsonArray("users"), username);
    assertNotNull(u, username + " in the list of " + viewer);
    return u.getString("id");
  }

  private static String roleOf(String viewer, String username) throws Exception {
    JsonObject u = userNamed(call(viewer, "GET", USERS, null).object().getJsonArray("users"), username);
    return u.isNull("role") ? null : u.getString("role");
  }

  // --- Keycloak's Admin REST API, as the test's own admin tool ---

  private static HttpResponse<String> admin(String method, String path, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Keycloak.URL + "/admin/realms/" + Keycloak.REALM + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + Keycloak.serviceAccountToken(ADMIN_CLIENT, ADMIN_SECRET))
            .header("Accept", "application/json");
    if (json != null) {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonValue adminJson(String path) throws Exception {
    HttpResponse<String> r = admin("GET", path, null);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readValue();
    }
  }

  private static JsonObject keycloakUser(String username) throws Exception {
    JsonArray found = (JsonArray) adminJson("/users?exact=true&username=" + enc(username));
    assertEquals(1, found.size(), "Keycloak has exactly one " + username + ": " + found);
    return found.getJsonObject(0);
  }

  private static List<String> strings(JsonArray array, String field) {
    List<String> out = new ArrayList<>();
    for (JsonValue v : array) {
      out.add(v instanceof JsonString s ? s.getString() : ((JsonObject) v).getString(field));
    }
    return out;
  }

  private static JsonArray tenantGroupsNamed(String slug) throws Exception {
    return (JsonArray) adminJson("/groups?exact=true&briefRepresentation=false&search=" + enc(slug));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** All text of a message (every text part, decoded). */
  private static String text(Part part) throws Exception {
    Object content = part.getContent();
    if (content instanceof String s) {
      return s;
    }
    StringBuilder all = new StringBuilder();
    if (content instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart p = mp.getBodyPart(i);
        all.append(text(p)).append('\n');
      }
    }
    return all.toString();
  }

  private static MimeMessage mailTo(String address) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      for (MimeMessage m : MAIL.getReceivedMessages()) {
        for (jakarta.mail.Address a : m.getRecipients(Message.RecipientType.TO)) {
          if (a.toString().contains(address)) {
            return m;
          }
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no e-mail to " + address + " within 30 s; got " + MAIL.getReceivedMessages().length);
  }

  // --- the tests ---

  @Test
  void theTenantAdminListsTheUsersOfTheOwnTenantOnly() throws Exception {
    Browser.Json list = call("alice", "GET", USERS, null);
    assertEquals(200, list.status(), list.body());
    assertTrue(list.object().getBoolean("manageable"), "Keycloak users can be managed");
    List<String> names = usernames(list);
    assertTrue(names.containsAll(List.of("alice", "oleg", "anna")), names.toString());
    for (String other : List.of("boris", "olga", "artem", "root", "nobody")) {
      assertFalse(names.contains(other), other + " is not alpha's: " + names);
    }
    assertEquals("tenant-admin", roleOf("alice", "alice"));
    assertEquals("operator", roleOf("alice", "oleg"));
    JsonObject alice = userNamed(list.object().getJsonArray("users"), "alice");
    assertEquals("alice@example.test", alice.getString("email"));
    assertTrue(alice.getBoolean("enabled"));
    assertTrue(alice.getBoolean("emailVerified"));

    List<String> betaNames = usernames(call("boris", "GET", USERS, null));
    assertTrue(betaNames.containsAll(List.of("boris", "olga", "artem")), betaNames.toString());
    assertFalse(betaNames.contains("alice"), betaNames.toString());
  }

  @Test
  void anInvitedUserGetsTheEmailSignsInIntoTheTenantAndCarriesTheRoleAndItsChange() throws Exception {
    String email = "Invited-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.test";
    String username = email.toLowerCase(Locale.ROOT);
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("firstName", "Inna")
            .add("lastName", "Invited")
            .add("role", "operator")
            .add("locale", "en")
            .build()
            .toString();
    Browser.Json invited = call("alice", "POST", USERS, body);
    assertEquals(201, invited.status(), invited.body());
    assertTrue(invited.object().getBoolean("invitationSent"), invited.body());
    JsonObject view = invited.object().getJsonObject("user");
    assertEquals(username, view.getString("username"));
    assertEquals("operator", view.getString("role"));
    assertTrue(view.getBoolean("invitationPending"));
    String id = view.getString("id");

    // Keycloak: the user, in group alpha, with the realm role, the invitation actions pending
    JsonObject kc = keycloakUser(username);
    assertEquals(id, kc.getString("id"));
    assertEquals(username, kc.getString("email"));
    assertTrue(kc.getBoolean("enabled"));
    assertTrue(strings(kc.getJsonArray("requiredActions"), null).containsAll(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL")));
    assertEquals(List.of("/alpha"), strings((JsonArray) adminJson("/users/" + id + "/groups"), "path"));
    assertTrue(strings((JsonArray) adminJson("/users/" + id + "/role-mappings/realm"), "name").contains("operator"));

    // the invitation e-mail Keycloak sent through the real SMTP server, with its action link
    MimeMessage mail = mailTo(username);
    assertTrue(mail.getFrom()[0].toString().contains("noreply@backoffice.test"), mail.getFrom()[0].toString());
    String text = text(mail);
    assertTrue(
        text.contains(Keycloak.URL + "/realms/" + Keycloak.REALM + "/login-actions/action-token?key="),
        "action link in the e-mail: " + text);
    // the action token names the screens' client and the way back to the application (after the new password)
    java.util.regex.Matcher key = java.util.regex.Pattern.compile("action-token\\?key=([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)\\.").matcher(text);
    assertTrue(key.find(), text);
    String claims = new String(java.util.Base64.getUrlDecoder().decode(key.group(2)), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(claims.contains("\"azp\":\"backoffice-web\""), "the link leads on to the application's client: " + claims);
    assertTrue(claims.contains("app/dashboard.xhtml"), "and back to the dashboard: " + claims);

    // a second invitation of the same address is a clear conflict, no second user
    Browser.Json again = call("alice", "POST", USERS, body);
    assertEquals(409, again.status(), again.body());
    assertTrue(again.isProblem());
    assertEquals("users.exists", again.object().getString("code"));
    keycloakUser(username);

    // the user finishes the invitation (set here through the admin API: a password, the actions done) and signs in
    String password = "Pw-" + UUID.randomUUID();
    assertEquals(
        204,
        admin(
                "PUT",
                "/users/" + id + "/reset-password",
                "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}")
            .statusCode());
    assertEquals(
        204, admin("PUT", "/users/" + id, "{\"requiredActions\":[],\"emailVerified\":true}").statusCode());
    String token = Keycloak.passwordGrant(Keycloak.REALM, Keycloak.TEST_CLIENT, username, password).accessToken();
    assertEquals(List.of("alpha"), strings(Keycloak.part(token, 1).getJsonArray("tenant"), null));
    Browser.Json me = Browser.bearer(token, "en").json("GET", "/api/v1/me", null, Map.of());
    assertEquals(200, me.status(), me.body());
    assertEquals("alpha", me.object().getJsonObject("tenant").getString("slug"));
    assertEquals(List.of("operator"), strings(me.object().getJsonArray("roles"), null));

    // the tenant admin makes the user an auditor: a new token carries it, the old role is gone
    Browser.Json changed = call("alice", "PUT", USERS + "/" + id + "/role", "{\"role\":\"auditor\"}");
    assertEquals(200, changed.status(), changed.body());
    assertEquals("auditor", changed.object().getString("role"));
    String newToken = Keycloak.passwordGrant(Keycloak.REALM, Keycloak.TEST_CLIENT, username, password).accessToken();
    List<String> groups = strings(Keycloak.part(newToken, 1).getJsonArray("groups"), null);
    assertTrue(groups.contains("auditor") && !groups.contains("operator"), groups.toString());
    Browser.Json meAgain = Browser.bearer(newToken, "en").json("GET", "/api/v1/me", null, Map.of());
    assertEquals(List.of("auditor"), strings(meAgain.object().getJsonArray("roles"), null));
    assertEquals("auditor", roleOf("anna", username), "the auditor reads the change");

    // disabled: no token at all; enabled again: signs in
    Browser.Json disabled = call("alice", "PUT", USERS + "/" + id + "/enabled", "{\"enabled\":false}");
    assertEquals(200, disabled.status(), disabled.body());
    assertFalse(disabled.object().getBoolean("enabled"));
    assertEquals(400, Keycloak.passwordGrant(Keycloak.REALM, Keycloak.TEST_CLIENT, username, password).status());
    Browser.Json enabled = call("alice", "PUT", USERS + "/" + id + "/enabled", "{\"enabled\":true}");
    assertTrue(enabled.object().getBoolean("enabled"), enabled.body());
    assertEquals(200, Keycloak.passwordGrant(Keycloak.REALM, Keycloak.TEST_CLIENT, username, password).status());
  }

  @Test
  void nobodyDisablesThemself() throws Exception {
    Browser.Json self = call("alice", "PUT", USERS + "/" + idOf("alice", "alice") + "/enabled", "{\"enabled\":false}");
    assertEquals(409, self.status(), self.body());
    assertEquals("users.selfDisable", self.object().getString("code"));
    assertEquals(200, Keycloak.passwordGrant(Keycloak.REALM, Keycloak.TEST_CLIENT, "alice").status());
  }

  @Test
  void anotherTenantsUserAnswersLikeAMissingOneAndStaysUnchanged() throws Exception {
    String olga = idOf("boris", "olga");
    for (Browser.Json r :
        List.of(
            call("alice", "PUT", USERS + "/" + olga + "/role", "{\"role\":\"auditor\"}"),
            call("alice", "POST", USERS + "/" + olga + "/invitation", null),
            call("alice", "PUT", USERS + "/" + olga + "/enabled", "{\"enabled\":false}"),
            call("alice", "PUT", USERS + "/" + UUID.randomUUID() + "/role", "{\"role\":\"auditor\"}"))) {
      assertEquals(404, r.status(), r.body());
      assertTrue(r.isProblem());
      assertEquals("notFound", r.object().getString("code"));
    }
    assertEquals("operator", roleOf("boris", "olga"), "olga keeps her role");
    assertEquals(200, Keycloak.passwordGrant(Keycloak.REALM, Keycloak.TEST_CLIENT, "olga").status(), "and signs in");
  }

  @Test
  void platformAdminCannotBeAssignedAndTheLastTenantAdminStays() throws Exception {
    String oleg = idOf("alice", "oleg");
    Browser.Json platform = call("alice", "ru", "PUT", USERS + "/" + oleg + "/role", "{\"role\":\"platform-admin\"}");
    assertEquals(400, platform.status(), platform.body());
    assertEquals("users.roleNotAssignable", platform.object().getString("code"));
    assertEquals("role", platform.object().getString("field"));
    assertTrue(platform.object().getString("detail").contains("администратор клиента может назначить"), platform.body());
    assertEquals("operator", roleOf("alice", "oleg"));

    Browser.Json invitePlatform =
        call(
            "alice",
            "POST",
            USERS,
            "{\"email\":\"root2-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test\",\"firstName\":\"R\","
                + "\"lastName\":\"R\",\"role\":\"platform-admin\"}");
    assertEquals(400, invitePlatform.status(), invitePlatform.body());
    assertEquals("users.roleNotAssignable", invitePlatform.object().getString("code"));

    String alice = idOf("alice", "alice");
    Browser.Json last = call("alice", "PUT", USERS + "/" + alice + "/role", "{\"role\":\"operator\"}");
    assertEquals(409, last.status(), last.body());
    assertEquals("users.lastTenantAdmin", last.object().getString("code"));
    assertTrue(last.object().getString("detail").contains("last tenant admin"), last.body());
    assertEquals("tenant-admin", roleOf("alice", "alice"));
  }

  @Test
  void operatorsReadNothingAndAuditorsChangeNothing() throws Exception {
    String invite = "{\"email\":\"x-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test\",\"firstName\":\"X\",\"lastName\":\"Y\",\"role\":\"operator\"}";
    assertEquals(403, call("oleg", "GET", USERS, null).status());
    Browser.Json operatorInvite = call("oleg", "POST", USERS, invite);
    assertEquals(403, operatorInvite.status(), operatorInvite.body());
    assertTrue(operatorInvite.isProblem());

    Browser.Json auditorList = call("anna", "GET", USERS, null);
    assertEquals(200, auditorList.status(), auditorList.body());
    assertTrue(usernames(auditorList).contains("alice"));
    assertEquals(403, call("anna", "POST", USERS, invite).status());
    String oleg = idOf("anna", "oleg");
    assertEquals(403, call("anna", "PUT", USERS + "/" + oleg + "/role", "{\"role\":\"auditor\"}").status());
    assertEquals("operator", roleOf("alice", "oleg"));
  }

  @Test
  void aNewTenantGetsItsGroupInKeycloak() throws Exception {
    String slug = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    Browser.Json created =
        call(
            "root",
            "POST",
            "/api/v1/tenants",
            "{\"slug\":\"" + slug + "\",\"displayName\":\"Gamma " + slug + "\",\"legalName\":\"ООО «Гамма»\"}");
    assertEquals(201, created.status(), created.body());
    JsonArray groups = tenantGroupsNamed(slug);
    assertEquals(1, groups.size(), groups.toString());
    assertEquals(slug, groups.getJsonObject(0).getString("name"));
    assertEquals(List.of(slug), strings(groups.getJsonObject(0).getJsonObject("attributes").getJsonArray("tenant"), null));

    // a group that already exists with this tenant's attribute is reused
    String prepared = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    assertEquals(
        201,
        admin("POST", "/groups", "{\"name\":\"" + prepared + "\",\"attributes\":{\"tenant\":[\"" + prepared + "\"]}}")
            .statusCode());
    Browser.Json reused =
        call("root", "POST", "/api/v1/tenants", "{\"slug\":\"" + prepared + "\",\"displayName\":\"P\",\"legalName\":\"P\"}");
    assertEquals(201, reused.status(), reused.body());
    assertEquals(1, tenantGroupsNamed(prepared).size());

    // a group of that name that is not this tenant's: refused, and the tenant is not created (the insert rolls back)
    String foreign = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    assertEquals(
        201,
        admin("POST", "/groups", "{\"name\":\"" + foreign + "\",\"attributes\":{\"tenant\":[\"someone-else\"]}}")
            .statusCode());
    Browser.Json refused =
        call("root", "POST", "/api/v1/tenants", "{\"slug\":\"" + foreign + "\",\"displayName\":\"F\",\"legalName\":\"F\"}");
    assertEquals(409, refused.status(), refused.body());
    assertEquals("tenant.groupTaken", refused.object().getString("code"));
    Browser.Json tenants = call("root", "GET", "/api/v1/tenants", null);
    assertTrue(tenants.body().contains("\"" + slug + "\""), "the first tenant exists");
    assertFalse(tenants.body().contains("\"" + foreign + "\""), "the refused tenant was rolled back: " + tenants.body());
  }
}
