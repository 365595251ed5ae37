package dev.backoffice.infrastructure.identity;

import dev.backoffice.application.NewUser;
import dev.backoffice.application.TenantUserView;
import dev.backoffice.application.UserDirectory;
import dev.backoffice.application.UserDirectoryException;
import dev.backoffice.domain.model.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The users of the tenants in Keycloak, through its Admin REST API ({@code java.net.http} + JSON-P; no Keycloak client
 * library). Authenticates as the confidential service-account client {@code keycloak.admin.client.id} (environment
 * {@code KEYCLOAK_ADMIN_CLIENT_ID}, secret {@code KEYCLOAK_ADMIN_CLIENT_SECRET} from the environment only) with the
 * client-credentials grant; the token is reused until shortly before it expires. A tenant is the group named by its
 * slug with the attribute {@code tenant}; a user's product role is a realm role. Every call has a timeout; no answer
 * or an unusable one is a {@link UserDirectoryException} (logged with the detail), never a stack trace for the user.
 */
@ApplicationScoped
@Typed(KeycloakUserDirectory.class)
public class KeycloakUserDirectory implements UserDirectory {

  private static final Logger LOG = Logger.getLogger(KeycloakUserDirectory.class.getName());

  /** Renew the token this long before Keycloak says it expires. */
  private static final long TOKEN_MARGIN_SECONDS = 30;

  /** How long the invitation link stays valid (seconds): three days. */
  static final int INVITATION_LIFESPAN = 3 * 24 * 3600;

  private static final int MAX_MEMBERS = 1000;

  @Inject
  @ConfigProperty(name = "keycloak.url", defaultValue = "http://localhost:18180")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "keycloak.realm", defaultValue = "backoffice")
  String realm;

  @Inject
  @ConfigProperty(name = "keycloak.admin.client.id", defaultValue = "backoffice-admin")
  String clientId;

  @Inject
  @ConfigProperty(name = "keycloak.admin.client.secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "keycloak.admin.timeout.seconds", defaultValue = "10")
  int timeoutSeconds;

  /** The screens' client: after the invitation's actions Keycloak sends the user on to the application. */
  @Inject
  @ConfigProperty(name = "keycloak.client.id", defaultValue = "backoffice-web")
  String webClientId;

  @Inject
  @ConfigProperty(name = "backoffice.public-url", defaultValue = "http://localhost:9080/")
  String publicUrl;

  private volatile HttpClient http;

  private String token;
  private long tokenValidUntilNanos;

  /** An answer of Keycloak. */
  record Answer(int status, String body, Optional<String> location) {
    JsonStructure json() {
      try (JsonReader r = Json.createReader(new StringReader(body))) {
        return r.read();
      }
    }
  }

  @Override
  public boolean manageable() {
    return true;
  }

  @Override
  public List<TenantUserView> members(String tenantSlug) {
    Optional<JsonObject> group = group(tenantSlug);
    if (group.isEmpty()) {
      return List.of();
    }
    JsonArray users =
        (JsonArray)
            expect(
                    send(
                        "GET",
                        "/groups/" + enc(group.get().getString("id")) + "/members?first=0&max=" + MAX_MEMBERS
                            + "&briefRepresentation=false",
                        null),
                    200)
                .json();
    List<TenantUserView> out = new ArrayList<>();
    for (JsonObject u : users.getValuesAs(JsonObject.class)) {
      out.add(KeycloakAdminJson.user(u, realmRoles(u.getString("id"))));
    }
    return out;
  }

  @Override
  public TenantUserView create(String tenantSlug, NewUser user) {
    JsonObject group =
        group(tenantSlug)
            .orElseThrow(
                () -> new UserDirectoryException("Keycloak has no group for tenant " + tenantSlug, false, null));
    Answer created = send("POST", "/users", KeycloakAdminJson.newUser(user).toString());
    if (created.status() == 409) {
      throw new ConflictException("users.exists", "email", user.email());
    }
    expect(created, 201);
    String id =
        created
            .location()
            .flatMap(KeycloakAdminJson::idFromLocation)
            .orElseThrow(() -> new UserDirectoryException("Keycloak created a user but named no id", false, null));
    try {
      expect(send("PUT", "/users/" + enc(id) + "/groups/" + enc(group.getString("id")), null), 204);
      changeRole(id, user.role());
    } catch (RuntimeException e) {
      // half an invitation helps nobody: remove the user again, then report the failure
      try {
        send("DELETE", "/users/" + enc(id), null);
      } catch (RuntimeException cleanup) {
        LOG.log(Level.WARNING, "Could not remove the half-created user " + id, cleanup);
      }
      throw e;
    }
    JsonObject rep = (JsonObject) expect(send("GET", "/users/" + enc(id), null), 200).json();
    return KeycloakAdminJson.user(rep, realmRoles(id));
  }

  @Override
  public void changeRole(String userId, String role) {
    String base = "/users/" + enc(userId) + "/role-mappings/realm";
    JsonArray current = (JsonArray) expect(send("GET", base, null), 200).json();
    if (!KeycloakAdminJson.roleNames(current).contains(role)) {
      JsonArray available = (JsonArray) expect(send("GET", base + "/available", null), 200).json();
      JsonArray add = KeycloakAdminJson.rolesNamed(available, List.of(role));
      if (add.isEmpty()) {
        throw new UserDirectoryException("The realm role " + role + " cannot be mapped (missing?)", false, null);
      }
      expect(send("POST", base, add.toString()), 204);
    }
    List<String> others = new ArrayList<>(KeycloakAdminJson.TENANT_ROLES);
    others.remove(role);
    JsonArray remove = KeycloakAdminJson.rolesNamed(current, others);
    if (!remove.isEmpty()) {
      expect(send("DELETE", base, remove.toString()), 204);
    }
  }

  @Override
  public void setEnabled(String userId, boolean enabled) {
    String path = "/users/" + enc(userId);
    JsonObject rep = (JsonObject) expect(send("GET", path, null), 200).json();
    // PUT replaces the representation's given fields only; send the user back with the one change
    expect(send("PUT", path, Json.createObjectBuilder(rep).add("enabled", enabled).build().toString()), 204);
  }

  @Override
  public boolean sendInvitation(String userId) {
    try {
      Answer a =
          send(
              "PUT",
              "/users/" + enc(userId) + "/execute-actions-email?lifespan=" + INVITATION_LIFESPAN + afterActions(),
              KeycloakAdminJson.strings(KeycloakAdminJson.INVITATION_ACTIONS).toString());
      if (a.status() == 204) {
        return true;
      }
      LOG.warning(() -> "Keycloak could not send the invitation to " + userId + ": " + a.status() + " " + brief(a.body()));
      return false;
    } catch (UserDirectoryException e) {
      LOG.log(Level.WARNING, "The invitation to " + userId + " was not sent", e);
      return false;
    }
  }

  /**
   * Where the invited user goes after setting a password: the application's dashboard, through the screens' client
   * (its redirect URIs must allow {@code backoffice.public-url}); nothing when either is not configured.
   */
  String afterActions() {
    if (webClientId == null || webClientId.isBlank() || publicUrl == null || publicUrl.isBlank()) {
      return "";
    }
    String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    return "&client_id=" + enc(webClientId) + "&redirect_uri=" + enc(base + "app/dashboard.xhtml");
  }

  @Override
  public void ensureTenantGroup(String tenantSlug) {
    Optional<JsonObject> existing = group(tenantSlug);
    if (existing.isEmpty()) {
      Answer created = send("POST", "/groups", KeycloakAdminJson.tenantGroup(tenantSlug).toString());
      if (created.status() == 201) {
        LOG.info(() -> "Keycloak group " + tenantSlug + " created for the new tenant");
        return;
      }
      if (created.status() != 409) {
        expect(created, 201);
      }
      existing = group(tenantSlug); // created meanwhile
    }
    if (existing.isEmpty() || !KeycloakAdminJson.isTenantGroup(existing.get(), tenantSlug)) {
      throw new ConflictException("tenant.groupTaken", "slug", tenantSlug);
    }
  }

  /** The tenant's top-level group (with its attributes), if Keycloak has one. */
  Optional<JsonObject> group(String slug) {
    JsonArray found =
        (JsonArray)
            expect(send("GET", "/groups?exact=true&briefRepresentation=false&search=" + enc(slug), null), 200).json();
    return KeycloakAdminJson.groupNamed(found, slug);
  }

  private JsonArray realmRoles(String userId) {
    return (JsonArray) expect(send("GET", "/users/" + enc(userId) + "/role-mappings/realm", null), 200).json();
  }

  private static Answer expect(Answer a, int... ok) {
    if (Arrays.stream(ok).noneMatch(s -> s == a.status())) {
      throw new UserDirectoryException(
          "Keycloak answered " + a.status() + " where " + Arrays.toString(ok) + " was expected: " + brief(a.body()),
          false,
          null);
    }
    return a;
  }

  /** One call of the Admin REST API; a 401 (token revoked or expired early) is retried once with a new token. */
  Answer send(String method, String path, String json) {
    Answer a = sendOnce(method, path, json, token(false));
    if (a.status() == 401) {
      a = sendOnce(method, path, json, token(true));
    }
    return a;
  }

  private Answer sendOnce(String method, String path, String json, String bearer) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + "/admin/realms/" + enc(realm) + path))
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .header("Authorization", "Bearer " + bearer)
            .header("Accept", "application/json");
    if (json != null) {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r = exchange(b.build(), method + " " + path);
    return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Location"));
  }

  /** The service account's access token, reused until {@value #TOKEN_MARGIN_SECONDS} s before it expires. */
  synchronized String token(boolean renew) {
    if (!renew && token != null && System.nanoTime() < tokenValidUntilNanos) {
      return token;
    }
    String secret =
        clientSecret
            .filter(s -> !s.isBlank())
            .orElseThrow(
                () ->
                    new UserDirectoryException(
                        "KEYCLOAK_ADMIN_CLIENT_SECRET is not set: users cannot be managed", false, null));
    String form =
        "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + "/realms/" + enc(realm) + "/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    long asked = System.nanoTime();
    HttpResponse<String> r = exchange(request, "token of " + clientId);
    if (r.statusCode() != 200) {
      throw new UserDirectoryException(
          "Keycloak refused a token to the admin client " + clientId + ": " + r.statusCode() + " " + brief(r.body()),
          false,
          null);
    }
    JsonObject answer;
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      answer = reader.readObject();
    }
    token = answer.getString("access_token");
    tokenValidUntilNanos = asked + Duration.ofSeconds(validFor(answer.getInt("expires_in", 60))).toNanos();
    return token;
  }

  /** Seconds to reuse a token that Keycloak says lives {@code expiresIn} seconds. */
  static long validFor(int expiresIn) {
    return expiresIn > 2 * TOKEN_MARGIN_SECONDS ? expiresIn - TOKEN_MARGIN_SECONDS : expiresIn / 2;
  }

  private HttpResponse<String> exchange(HttpRequest request, String what) {
    try {
      return client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserDirectoryException("Keycloak did not answer (" + what + "): " + e, true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserDirectoryException("Interrupted while waiting for Keycloak (" + what + ")", true, e);
    }
  }

  private HttpClient client() {
    HttpClient c = http;
    if (c == null) {
      synchronized (this) {
        if (http == null) {
          http =
              HttpClient.newBuilder()
                  .connectTimeout(Duration.ofSeconds(timeoutSeconds))
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
        }
        c = http;
      }
    }
    return c;
  }

  private String base() {
    return keycloakUrl.replaceAll("/+$", "");
  }

  private static String brief(String body) {
    if (body == null) {
      return "";
    }
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
