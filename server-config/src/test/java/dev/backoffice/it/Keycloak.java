package dev.backoffice.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real Keycloak the build starts (server-config/pom.xml, realms from src/main/keycloak): tokens for the tests.
 * Password grants go through the test-only public clients of the realm; nothing here bypasses Keycloak.
 */
final class Keycloak {

  static final String URL = System.getProperty("it.keycloak.url", "http://localhost:18180");
  static final String REALM = "backoffice";
  static final String TEST_CLIENT = "backoffice-test";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static volatile boolean ready;

  private Keycloak() {}

  /** Waits (up to 5 minutes: it starts in the background while other ITs run) until both realms answer. */
  static void awaitReady() throws InterruptedException {
    if (ready) {
      return;
    }
    long started = System.nanoTime();
    long deadline = started + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      if (answers("backoffice") && answers("other")) {
        ready = true;
        long waited = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.println("Keycloak at " + URL + " is ready (waited " + waited + " s)");
        return;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Keycloak did not start at " + URL + " (see server-config/target/keycloak.log)");
  }

  private static boolean answers(String realm) throws InterruptedException {
    try {
      HttpResponse<Void> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(URL + "/realms/" + realm + "/.well-known/openid-configuration"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  /** A token endpoint answer: status and JSON body. */
  record TokenResponse(int status, JsonObject body) {
    String accessToken() {
      if (status != 200) {
        throw new IllegalStateException("no token: " + status + " " + body);
      }
      return body.getString("access_token");
    }

    String idToken() {
      accessToken();
      return body.getString("id_token");
    }
  }

  static TokenResponse passwordGrant(String realm, String client, String user) throws IOException, InterruptedException {
    return passwordGrant(realm, client, user, As.DEMO_PASSWORD);
  }

  static TokenResponse passwordGrant(String realm, String client, String user, String password)
      throws IOException, InterruptedException {
    return tokenRequest(
        realm,
        Map.of(
            "grant_type", "password",
            "client_id", client,
            "username", user,
            "password", password,
            "scope", "openid"));
  }

  /** A user's access token from the realm {@code backoffice} through the test client. */
  static String accessToken(String user) throws IOException, InterruptedException {
    return passwordGrant(REALM, TEST_CLIENT, user).accessToken();
  }

  /** A client system's token: client credentials of a service-account client. */
  static String serviceAccountToken(String client, String secret) throws IOException, InterruptedException {
    return tokenRequest(
            REALM, Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret))
        .accessToken();
  }

  private static TokenResponse tokenRequest(String realm, Map<String, String> form) throws IOException, InterruptedException {
    String body =
        new LinkedHashMap<>(form)
            .entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(URL + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      return new TokenResponse(r.statusCode(), reader.readObject());
    }
  }

  /** The decoded header or payload (part 0 or 1) of a compact JWT. */
  static JsonObject part(String jwt, int index) {
    String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8);
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
