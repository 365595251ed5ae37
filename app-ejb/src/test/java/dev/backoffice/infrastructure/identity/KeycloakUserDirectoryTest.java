package dev.backoffice.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.backoffice.application.NewUser;
import dev.backoffice.application.TenantUserView;
import dev.backoffice.application.UserDirectoryException;
import dev.backoffice.domain.model.shared.ConflictException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak adapter's HTTP behaviour against a local HTTP server that answers like Keycloak's token endpoint and
 * Admin REST API: the token is fetched once and reused, renewed after a 401, and every failure becomes a
 * {@link UserDirectoryException} (unreachable or wrong answer) or, for an existing user, a conflict.
 */
class KeycloakUserDirectoryTest {

  private HttpServer server;
  private final AtomicInteger tokens = new AtomicInteger();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private volatile int adminStatusOverride;
  private volatile int createStatus = 201;
  private volatile boolean firstAdminCallUnauthorized;
  private volatile long delayMillis;

  private static void answer(HttpExchange x, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(status, status == 204 ? -1 : body.length);
    if (status != 204) {
      x.getResponseBody().write(body);
    }
    x.close();
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/realms/backoffice/protocol/openid-connect/token",
        x -> {
          String form = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          if (!form.contains("client_secret=s3cret") || !form.contains("grant_type=client_credentials")) {
            answer(x, 401, "{\"error\":\"unauthorized_client\"}");
            return;
          }
          answer(x, 200, "{\"access_token\":\"token-" + tokens.incrementAndGet() + "\",\"expires_in\":300}");
        });
    server.createContext(
        "/admin/realms/backoffice/",
        x -> {
          String call = x.getRequestMethod() + " " + x.getRequestURI().getPath() + " " + x.getRequestHeaders().getFirst("Authorization");
          calls.add(call);
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          if (firstAdminCallUnauthorized) {
            firstAdminCallUnauthorized = false;
            answer(x, 401, "{}");
            return;
          }
          if (adminStatusOverride != 0) {
            answer(x, adminStatusOverride, "{\"error\":\"boom\"}");
            return;
          }
          String path = x.getRequestURI().getPath().substring("/admin/realms/backoffice".length());
          switch (x.getRequestMethod() + " " + path) {
            case "GET /groups" ->
                answer(x, 200, "[{\"id\":\"g1\",\"name\":\"alpha\",\"path\":\"/alpha\",\"attributes\":{\"tenant\":[\"alpha\"]}}]");
            case "GET /groups/g1/members" ->
                answer(x, 200, "[{\"id\":\"u1\",\"username\":\"alice\",\"email\":\"alice@x.test\",\"enabled\":true,\"emailVerified\":true}]");
            case "GET /users/u1/role-mappings/realm" -> answer(x, 200, "[{\"id\":\"r1\",\"name\":\"tenant-admin\"}]");
            case "POST /users" -> answer(x, createStatus, "{}");
            default -> answer(x, 404, "{\"error\":\"not found: " + path + "\"}");
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private KeycloakUserDirectory directory(int port) {
    KeycloakUserDirectory d = new KeycloakUserDirectory();
    d.keycloakUrl = "http://127.0.0.1:" + port + "/";
    d.realm = "backoffice";
    d.clientId = "backoffice-admin";
    d.clientSecret = Optional.of("s3cret");
    d.timeoutSeconds = 1;
    return d;
  }

  private KeycloakUserDirectory directory() {
    return directory(server.getAddress().getPort());
  }

  @Test
  void listsTheGroupsMembersWithTheirRoleReusingOneToken() {
    KeycloakUserDirectory d = directory();
    List<TenantUserView> users = d.members("alpha");
    assertEquals(1, users.size());
    assertEquals("alice", users.get(0).username());
    assertEquals("tenant-admin", users.get(0).role());
    d.members("alpha");
    assertEquals(1, tokens.get(), "one token for every call until it nears its expiry");
    assertTrue(calls.stream().allMatch(c -> c.endsWith("Bearer token-1")), calls.toString());
    assertTrue(d.members("beta").isEmpty(), "no group of that name: no users");
  }

  @Test
  void aRejectedTokenIsRenewedOnceAndTheCallRepeated() {
    KeycloakUserDirectory d = directory();
    d.members("alpha");
    firstAdminCallUnauthorized = true;
    assertEquals(1, d.members("alpha").size());
    assertEquals(2, tokens.get());
    assertTrue(calls.get(calls.size() - 1).endsWith("Bearer token-2"));
  }

  @Test
  void anExistingUserIsAConflictAndOtherAnswersAreDirectoryFailures() {
    KeycloakUserDirectory d = directory();
    createStatus = 409;
    ConflictException exists =
        assertThrows(ConflictException.class, () -> d.create("alpha", new NewUser("a@b.cd", "A", "B", "operator", null)));
    assertEquals("users.exists", exists.code());
    createStatus = 500;
    UserDirectoryException failed =
        assertThrows(UserDirectoryException.class, () -> d.create("alpha", new NewUser("a@b.cd", "A", "B", "operator", null)));
    assertFalse(failed.unreachable(), "it answered, wrongly: 502");
    adminStatusOverride = 403;
    assertFalse(assertThrows(UserDirectoryException.class, () -> d.members("alpha")).unreachable());
  }

  @Test
  void noAnswerInTimeOrNoServerIsUnreachable() throws IOException {
    delayMillis = 2500;
    KeycloakUserDirectory slow = directory();
    assertTrue(assertThrows(UserDirectoryException.class, () -> slow.members("alpha")).unreachable(), "timeout: 503");
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    assertTrue(assertThrows(UserDirectoryException.class, () -> directory(closedPort).members("alpha")).unreachable());
  }

  @Test
  void withoutTheSecretOrWithAWrongOneNothingIsCalled() {
    KeycloakUserDirectory none = directory();
    none.clientSecret = Optional.empty();
    assertTrue(assertThrows(UserDirectoryException.class, () -> none.members("alpha")).getMessage().contains("KEYCLOAK_ADMIN_CLIENT_SECRET"));
    KeycloakUserDirectory wrong = directory();
    wrong.clientSecret = Optional.of("guess");
    assertFalse(assertThrows(UserDirectoryException.class, () -> wrong.members("alpha")).unreachable());
    assertEquals(List.of(), calls, "no admin call without a token");
  }

  @Test
  void anInvitationThatKeycloakCannotSendIsReportedNotThrown() {
    assertFalse(directory().sendInvitation("u1"), "the fake answers 404 for execute-actions-email");
  }

  @Test
  void theInvitationLeadsOnToTheApplicationThroughTheScreensClient() {
    KeycloakUserDirectory d = directory();
    d.webClientId = "backoffice-web";
    d.publicUrl = "https://backoffice.example";
    assertEquals(
        "&client_id=backoffice-web&redirect_uri=https%3A%2F%2Fbackoffice.example%2Fapp%2Fdashboard.xhtml",
        d.afterActions());
    d.publicUrl = null;
    assertEquals("", d.afterActions(), "not configured: Keycloak's own page ends the invitation");
  }
}
