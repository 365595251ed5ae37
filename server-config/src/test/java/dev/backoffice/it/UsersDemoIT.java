package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The users screen and API with the embedded demo registry: the tenant's users are listed read-only from Liberty's
 * user registry, and every change is refused with a clear, translated 409 (no fake success).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersDemoIT {

  private static final String USERS = "/api/v1/users";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void theTenantsRegistryUsersAreListedReadOnly() throws Exception {
    Browser.Json list = Browser.loggedIn("alice", "en").json("GET", USERS, null, Map.of());
    assertEquals(200, list.status(), list.body());
    assertFalse(list.object().getBoolean("manageable"));
    List<String> seen = new ArrayList<>();
    for (JsonObject u : list.object().getJsonArray("users").getValuesAs(JsonObject.class)) {
      seen.add(u.getString("username") + ":" + u.getString("role"));
    }
    assertEquals(List.of("alice:tenant-admin", "anna:auditor", "oleg:operator"), seen);

    Browser.Json beta = Browser.loggedIn("artem", "en").json("GET", USERS, null, Map.of());
    assertEquals(200, beta.status(), beta.body());
    assertTrue(beta.body().contains("\"boris\"") && !beta.body().contains("\"alice\""), beta.body());
    assertEquals(403, Browser.loggedIn("oleg", "en").json("GET", USERS, null, Map.of()).status());
  }

  @Test
  void changesAreRefusedWithAReasonInTheUsersLanguage() throws Exception {
    Browser.Json invite =
        Browser.loggedIn("alice", "en")
            .json(
                "POST",
                USERS,
                "{\"email\":\"new@example.test\",\"firstName\":\"N\",\"lastName\":\"N\",\"role\":\"operator\"}",
                Map.of());
    assertEquals(409, invite.status(), invite.body());
    assertTrue(invite.isProblem());
    assertEquals("users.readOnlyDirectory", invite.object().getString("code"));
    assertTrue(invite.object().getString("detail").contains("Keycloak"), invite.body());

    Browser.Json role = Browser.loggedIn("alice", "ru").json("PUT", USERS + "/oleg/role", "{\"role\":\"auditor\"}", Map.of());
    assertEquals(409, role.status(), role.body());
    assertTrue(role.object().getString("detail").contains("демо-реестре"), role.body());
  }

  @Test
  void theScreenExplainsWhyThereIsNothingToChange() throws Exception {
    String admin = Browser.loggedIn("alice", "en").get("/app/users.xhtml").body();
    assertTrue(admin.contains("needs identity from Keycloak"), "the read-only explanation");
    assertTrue(admin.contains("oleg") && admin.contains("Operator"), "the table with the roles");
    assertFalse(admin.contains("inviteForm"), "no invite form with the demo registry");
    assertTrue(admin.contains("menuUsers"), "the menu links the screen");

    String auditor = Browser.loggedIn("anna", "ru").get("/app/users.xhtml").body();
    assertTrue(auditor.contains("alice") && auditor.contains("Пользователи"), "the auditor reads, in Russian");
    assertFalse(auditor.contains("changeRole"), "no role change for the auditor");
  }
}
