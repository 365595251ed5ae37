package dev.backoffice.infrastructure.identity;

import dev.backoffice.application.NewUser;
import dev.backoffice.application.TenantUserView;
import dev.backoffice.tenancy.Roles;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JSON of Keycloak's Admin REST API that the user directory reads and writes (no logic beyond mapping). */
final class KeycloakAdminJson {

  /** The actions an invited user must complete: choose a password, confirm the e-mail address. */
  static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

  /** The product roles in the order a user's role is reported when they have several (the strongest first). */
  static final List<String> ROLE_PRECEDENCE =
      List.of(Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR);

  /** The roles of a tenant's user (a tenant admin assigns them; platform-admin is never touched here). */
  static final List<String> TENANT_ROLES = List.of(Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR);

  private KeycloakAdminJson() {}

  /** A UserRepresentation with its realm role mappings as a tenant user. */
  static TenantUserView user(JsonObject u, JsonArray realmRoles) {
    JsonArray actions = u.containsKey("requiredActions") ? u.getJsonArray("requiredActions") : JsonValue.EMPTY_JSON_ARRAY;
    return new TenantUserView(
        u.getString("id"),
        u.getString("username", null),
        u.getString("email", null),
        u.getString("firstName", null),
        u.getString("lastName", null),
        productRole(roleNames(realmRoles)),
        u.getBoolean("enabled", false),
        u.getBoolean("emailVerified", false),
        !actions.isEmpty());
  }

  static List<String> roleNames(JsonArray roles) {
    List<String> names = new ArrayList<>();
    for (JsonValue v : roles) {
      if (v instanceof JsonObject o && o.get("name") instanceof JsonString name) {
        names.add(name.getString());
      }
    }
    return names;
  }

  /** The strongest product role among the names; null when there is none. */
  static String productRole(List<String> roleNames) {
    return ROLE_PRECEDENCE.stream().filter(roleNames::contains).findFirst().orElse(null);
  }

  /** The UserRepresentation of an invited user: user name = the e-mail, enabled, with the invitation actions. */
  static JsonObject newUser(NewUser user) {
    JsonArrayBuilder actions = Json.createArrayBuilder();
    INVITATION_ACTIONS.forEach(actions::add);
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("username", user.email().toLowerCase(java.util.Locale.ROOT))
            .add("email", user.email())
            .add("firstName", user.firstName())
            .add("lastName", user.lastName())
            .add("enabled", true)
            .add("emailVerified", false)
            .add("requiredActions", actions);
    if (user.locale() != null) {
      b.add("attributes", Json.createObjectBuilder().add("locale", Json.createArrayBuilder().add(user.locale())));
    }
    return b.build();
  }

  /** The GroupRepresentation of a tenant's group: named by the slug, attribute {@code tenant} = the slug. */
  static JsonObject tenantGroup(String slug) {
    return Json.createObjectBuilder()
        .add("name", slug)
        .add("attributes", Json.createObjectBuilder().add("tenant", Json.createArrayBuilder().add(slug)))
        .build();
  }

  /** The top-level group of that name among the answer of {@code GET /groups?search=}. */
  static Optional<JsonObject> groupNamed(JsonArray groups, String name) {
    for (JsonValue v : groups) {
      if (v instanceof JsonObject g && name.equals(g.getString("name", null))) {
        String path = g.getString("path", "/" + name);
        if (path.equals("/" + name)) {
          return Optional.of(g);
        }
      }
    }
    return Optional.empty();
  }

  /** True when the group carries the attribute {@code tenant} with exactly the slug. */
  static boolean isTenantGroup(JsonObject group, String slug) {
    JsonObject attributes = group.containsKey("attributes") ? group.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT;
    JsonArray tenant = attributes.containsKey("tenant") ? attributes.getJsonArray("tenant") : JsonValue.EMPTY_JSON_ARRAY;
    return tenant.size() == 1 && tenant.get(0) instanceof JsonString s && s.getString().equals(slug);
  }

  /** The id at the end of the {@code Location} header Keycloak answers a create with. */
  static Optional<String> idFromLocation(String location) {
    if (location == null || location.isBlank()) {
      return Optional.empty();
    }
    String l = location.replaceAll("/+$", "");
    String id = l.substring(l.lastIndexOf('/') + 1);
    return id.isBlank() ? Optional.empty() : Optional.of(id);
  }

  /** The realm roles among {@code roles} whose name is in {@code names}, as an array for a role-mapping call. */
  static JsonArray rolesNamed(JsonArray roles, List<String> names) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    for (JsonValue v : roles) {
      if (v instanceof JsonObject o && names.contains(o.getString("name", ""))) {
        b.add(o);
      }
    }
    return b.build();
  }

  static JsonArray strings(List<String> values) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    values.forEach(b::add);
    return b.build();
  }
}
