package dev.backoffice.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.application.NewUser;
import dev.backoffice.application.TenantUserView;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeycloakAdminJsonTest {

  private static JsonArray array(String json) {
    return Json.createReader(new StringReader(json.replace('\'', '"'))).readArray();
  }

  private static JsonObject object(String json) {
    return Json.createReader(new StringReader(json.replace('\'', '"'))).readObject();
  }

  @Test
  void aUserRepresentationWithItsRealmRolesBecomesATenantUser() {
    JsonObject rep =
        object(
            "{'id':'u-1','username':'new@x.test','email':'new@x.test','firstName':'Ann','lastName':'New',"
                + "'enabled':true,'emailVerified':false,'requiredActions':['UPDATE_PASSWORD','VERIFY_EMAIL']}");
    JsonArray roles = array("[{'id':'r1','name':'default-roles-backoffice'},{'id':'r2','name':'operator'}]");
    TenantUserView u = KeycloakAdminJson.user(rep, roles);
    assertEquals(
        new TenantUserView("u-1", "new@x.test", "new@x.test", "Ann", "New", "operator", true, false, true), u);
    assertEquals("Ann New", u.displayName());

    TenantUserView bare = KeycloakAdminJson.user(object("{'id':'u-2','username':'bob'}"), array("[]"));
    assertNull(bare.role());
    assertFalse(bare.enabled());
    assertFalse(bare.invitationPending());
    assertEquals("bob", bare.displayName());
  }

  @Test
  void theStrongestProductRoleIsReported() {
    assertEquals("tenant-admin", KeycloakAdminJson.productRole(List.of("auditor", "tenant-admin", "offline_access")));
    assertEquals("auditor", KeycloakAdminJson.productRole(List.of("auditor")));
    assertNull(KeycloakAdminJson.productRole(List.of("default-roles-backoffice")));
  }

  @Test
  void anInvitedUserIsNamedByTheLowerCasedEmailAndMustSetAPasswordAndVerify() {
    JsonObject rep = KeycloakAdminJson.newUser(new NewUser("Ann.New@X.test", "Ann", "New", "operator", "ru"));
    assertEquals("ann.new@x.test", rep.getString("username"));
    assertEquals("Ann.New@X.test", rep.getString("email"));
    assertTrue(rep.getBoolean("enabled"));
    assertFalse(rep.getBoolean("emailVerified"));
    assertEquals(array("['UPDATE_PASSWORD','VERIFY_EMAIL']"), rep.getJsonArray("requiredActions"));
    assertEquals("ru", rep.getJsonObject("attributes").getJsonArray("locale").getString(0));
    assertFalse(rep.containsKey("realmRoles"), "roles are mapped in a separate call, never sent on create");
    assertFalse(KeycloakAdminJson.newUser(new NewUser("a@b.cd", "A", "B", "auditor", null)).containsKey("attributes"));
  }

  @Test
  void theTenantGroupIsFoundByNameAtTheTopAndCheckedByItsAttribute() {
    JsonArray groups =
        array(
            "[{'id':'g0','name':'gamma-x','path':'/gamma-x'},"
                + "{'id':'g1','name':'gamma','path':'/gamma','attributes':{'tenant':['gamma']}},"
                + "{'id':'g2','name':'gamma','path':'/other/gamma'}]");
    Optional<JsonObject> g = KeycloakAdminJson.groupNamed(groups, "gamma");
    assertEquals("g1", g.orElseThrow().getString("id"));
    assertTrue(KeycloakAdminJson.isTenantGroup(g.get(), "gamma"));
    assertFalse(KeycloakAdminJson.isTenantGroup(object("{'name':'gamma'}"), "gamma"), "no attribute");
    assertFalse(
        KeycloakAdminJson.isTenantGroup(object("{'name':'gamma','attributes':{'tenant':['delta']}}"), "gamma"));
    assertTrue(KeycloakAdminJson.groupNamed(groups, "delta").isEmpty());
    JsonObject created = KeycloakAdminJson.tenantGroup("delta");
    assertEquals("delta", created.getString("name"));
    assertTrue(KeycloakAdminJson.isTenantGroup(created, "delta"));
  }

  @Test
  void mappingCallsCarryOnlyTheNamedRolesAndTheIdComesFromTheLocation() {
    JsonArray roles = array("[{'id':'1','name':'operator'},{'id':'2','name':'auditor'},{'id':'3','name':'x'}]");
    JsonArray picked = KeycloakAdminJson.rolesNamed(roles, List.of("auditor", "tenant-admin"));
    assertEquals(1, picked.size());
    assertEquals("2", picked.getJsonObject(0).getString("id"));
    assertEquals(
        Optional.of("4f1c"), KeycloakAdminJson.idFromLocation("http://kc/admin/realms/backoffice/users/4f1c"));
    assertEquals(Optional.empty(), KeycloakAdminJson.idFromLocation(null));
  }

  @Test
  void theAdminTokenIsReusedUntilShortlyBeforeItExpires() {
    assertEquals(270, KeycloakUserDirectory.validFor(300));
    assertEquals(20, KeycloakUserDirectory.validFor(40), "a short-lived token: half its life");
    assertEquals(0, KeycloakUserDirectory.validFor(1));
  }
}
