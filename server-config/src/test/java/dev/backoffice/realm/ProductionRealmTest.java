package dev.backoffice.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The production realm is the test realm without what only tests need: the same roles, clients (minus the test-only
 * ones), protocol mappers and service-account roles, but no people, no groups of demo tenants, no client secrets and
 * no credentials of any kind.
 */
class ProductionRealmTest {

  private static final Path DIR = Path.of("src/main/keycloak");

  /** Clients that exist for the tests only: password-grant clients and the demo tenants' client systems. */
  static final Set<String> TEST_ONLY_CLIENTS =
      Set.of("backoffice-test", "backoffice-test-short", "backoffice-test-no-audience", "alpha-integration", "beta-integration");

  private static JsonObject read(String name) throws IOException {
    try (JsonReader r = Json.createReader(Files.newBufferedReader(DIR.resolve(name)))) {
      return r.readObject();
    }
  }

  private static JsonObject test() throws IOException {
    return read("backoffice-realm.json");
  }

  private static JsonObject prod() throws IOException {
    return read("backoffice-realm.prod.json");
  }

  private static Map<String, JsonObject> clients(JsonObject realm) {
    Map<String, JsonObject> out = new LinkedHashMap<>();
    for (JsonObject c : realm.getJsonArray("clients").getValuesAs(JsonObject.class)) {
      out.put(c.getString("clientId"), c);
    }
    return out;
  }

  /** A client without what may differ between test and production: its secret and the URIs of the installation. */
  private static JsonObject comparable(JsonObject client) {
    var b = Json.createObjectBuilder(client).remove("secret").remove("redirectUris").remove("webOrigins");
    if (client.containsKey("attributes")) {
      b.add("attributes", Json.createObjectBuilder(client.getJsonObject("attributes")).remove("post.logout.redirect.uris"));
    }
    return b.build();
  }

  @Test
  void theSameRealmRolesAndSettingsThatTokensDependOn() throws IOException {
    JsonObject test = test();
    JsonObject prod = prod();
    assertEquals(test.getString("realm"), prod.getString("realm"));
    assertEquals(test.getJsonObject("roles"), prod.getJsonObject("roles"));
    for (String setting : List.of("accessTokenLifespan", "loginWithEmailAllowed", "registrationAllowed", "enabled")) {
      assertEquals(test.get(setting), prod.get(setting), setting);
    }
    assertNotEquals("none", prod.getString("sslRequired"), "production requires TLS");
  }

  @Test
  void theSameClientsAndMappersMinusTheTestOnlyOnes() throws IOException {
    Map<String, JsonObject> test = clients(test());
    Map<String, JsonObject> prod = clients(prod());
    Set<String> expected = new TreeSet<>(test.keySet());
    expected.removeAll(TEST_ONLY_CLIENTS);
    assertEquals(expected, new TreeSet<>(prod.keySet()));
    assertTrue(prod.keySet().containsAll(List.of("backoffice-web", "backoffice-admin")));
    for (String id : prod.keySet()) {
      assertEquals(comparable(test.get(id)), comparable(prod.get(id)), "client " + id + " (mappers, flows, settings)");
    }
    for (String uri : strings(prod.get("backoffice-web").getJsonArray("redirectUris"))) {
      assertTrue(uri.startsWith("https://"), "a placeholder of the installation's https address: " + uri);
    }
  }

  @Test
  void noPeopleNoDemoTenantsOnlyTheServiceAccountsOfItsClientsWithTheSameRoles() throws IOException {
    JsonObject prod = prod();
    assertEquals(JsonValue.EMPTY_JSON_ARRAY, prod.getJsonArray("groups"), "tenant groups are created with the tenants");
    Map<String, JsonObject> testUsers = new LinkedHashMap<>();
    for (JsonObject u : test().getJsonArray("users").getValuesAs(JsonObject.class)) {
      testUsers.put(u.getString("username"), u);
    }
    Set<String> prodClients = clients(prod).keySet();
    for (JsonObject u : prod.getJsonArray("users").getValuesAs(JsonObject.class)) {
      assertTrue(u.containsKey("serviceAccountClientId"), "only service accounts, no person: " + u.getString("username"));
      assertTrue(prodClients.contains(u.getString("serviceAccountClientId")));
      assertFalse(u.containsKey("credentials"));
      assertFalse(u.containsKey("groups"), "a service account of the platform belongs to no tenant");
      assertEquals(testUsers.get(u.getString("username")), u, "the same roles as in the test realm");
    }
    assertEquals(1, prod.getJsonArray("users").size(), "the user management service account");
  }

  @Test
  void noSecretsAnywhere() throws IOException {
    List<String> found = new ArrayList<>();
    walk(prod(), "", found);
    assertEquals(List.of(), found);
    String text = Files.readString(DIR.resolve("backoffice-realm.prod.json"));
    assertFalse(text.contains("dev-secret"), "no test secret");
    assertFalse(text.contains("demo-2026"), "no demo password");
    assertFalse(text.contains("smtpServer"), "mail settings belong to the installation");
  }

  @Test
  void theTestRealmReallyHasWhatTheProductionRealmMustNot() throws IOException {
    List<String> found = new ArrayList<>();
    walk(test(), "", found);
    assertFalse(found.isEmpty(), "the secret finder finds the test realm's secrets: " + found);
    assertTrue(clients(test()).keySet().containsAll(TEST_ONLY_CLIENTS));
  }

  /** Paths of every member that holds a secret or a credential. */
  private static void walk(JsonValue v, String path, List<String> found) {
    if (v instanceof JsonObject o) {
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        String key = e.getKey().toLowerCase(java.util.Locale.ROOT);
        if (key.equals("secret") || key.equals("credentials") || key.equals("password") || key.equals("value")
            || (key.contains("secret") && e.getValue() instanceof JsonString)) {
          if (!(key.equals("clientauthenticatortype"))) {
            found.add(path + "/" + e.getKey());
          }
        }
        walk(e.getValue(), path + "/" + e.getKey(), found);
      }
    } else if (v instanceof JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        walk(a.get(i), path + "[" + i + "]", found);
      }
    }
  }

  private static List<String> strings(JsonArray a) {
    return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
