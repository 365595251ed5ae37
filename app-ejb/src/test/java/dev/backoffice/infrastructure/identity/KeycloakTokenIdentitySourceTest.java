package dev.backoffice.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.tenancy.Caller;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Hashtable;
import java.util.Optional;
import javax.security.auth.Subject;
import org.junit.jupiter.api.Test;

class KeycloakTokenIdentitySourceTest {

  private static String jwt(String payloadJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8))
        + ".c2lnbmF0dXJl";
  }

  private static JsonObject claims(String payloadJson) {
    return TokenClaims.payload(jwt(payloadJson)).orElseThrow();
  }

  @Test
  void oneTenantInTheClaimBindsTheCallerToIt() {
    Caller c = KeycloakTokenIdentitySource.caller("alice", claims("{\"tenant\":[\"alpha\"],\"groups\":[\"tenant-admin\"]}"));
    assertEquals(Optional.of("alpha"), c.tenantKey());
    assertFalse(c.tenantConflict());
  }

  @Test
  void aSingleStringClaimCountsAsOneTenant() {
    assertEquals(Optional.of("beta"), KeycloakTokenIdentitySource.caller("x", claims("{\"tenant\":\"beta\"}")).tenantKey());
  }

  @Test
  void twoTenantsBindToNoneAndAreAConflict() {
    Caller c = KeycloakTokenIdentitySource.caller("mallory", claims("{\"tenant\":[\"alpha\",\"beta\"]}"));
    assertEquals(Optional.empty(), c.tenantKey());
    assertTrue(c.tenantConflict());
  }

  @Test
  void theSameTenantTwiceIsStillOneTenant() {
    Caller c = KeycloakTokenIdentitySource.caller("x", claims("{\"tenant\":[\"alpha\",\"alpha\"]}"));
    assertEquals(Optional.of("alpha"), c.tenantKey());
    assertFalse(c.tenantConflict());
  }

  @Test
  void noClaimOrAClaimOfAnotherTypeMeansNoTenant() {
    assertEquals(Optional.empty(), KeycloakTokenIdentitySource.caller("root", claims("{\"sub\":\"1\"}")).tenantKey());
    assertEquals(Optional.empty(), KeycloakTokenIdentitySource.caller("x", claims("{\"tenant\":42}")).tenantKey());
    assertEquals(Optional.empty(), KeycloakTokenIdentitySource.caller("x", claims("{\"tenant\":[\"\"]}")).tenantKey());
  }

  @Test
  void whatIsNotACompactJwtHasNoClaims() {
    assertTrue(TokenClaims.payload("not-a-token").isEmpty());
    assertTrue(TokenClaims.payload("a.%%%.c").isEmpty());
    assertTrue(TokenClaims.payload(null).isEmpty());
    assertTrue(TokenClaims.payload("a.b.c.d").isEmpty());
  }

  /** What mpJwt puts into the subject: a principal with the raw token. */
  public static final class JwtPrincipal implements Principal {
    private final String raw;

    JwtPrincipal(String raw) {
      this.raw = raw;
    }

    @Override
    public String getName() {
      return "alice";
    }

    public String getRawToken() {
      return raw;
    }
  }

  @Test
  void theTokenIsTakenFromTheJwtPrincipalOrTheOidcIdToken() {
    String api = jwt("{\"tenant\":[\"alpha\"]}");
    Subject bearer = new Subject();
    bearer.getPrincipals().add(() -> "plain");
    bearer.getPrincipals().add(new JwtPrincipal(api));
    assertEquals(Optional.of(api), KeycloakTokenIdentitySource.verifiedToken(bearer));

    String id = jwt("{\"tenant\":[\"beta\"]}");
    Subject browser = new Subject();
    Hashtable<String, Object> oidc = new Hashtable<>();
    oidc.put("id_token", id);
    browser.getPrivateCredentials().add(oidc);
    assertEquals(Optional.of(id), KeycloakTokenIdentitySource.verifiedToken(browser));

    assertEquals(Optional.empty(), KeycloakTokenIdentitySource.verifiedToken(new Subject()));
  }
}
