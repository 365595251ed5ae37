package dev.backoffice.infrastructure.identity;

import com.ibm.websphere.security.cred.WSCredential;
import dev.backoffice.tenancy.Caller;
import dev.backoffice.tenancy.IdentitySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity source with Keycloak: the caller's tenant is the {@value #TENANT_CLAIM} claim of the token Liberty
 * verified for this request — the access token of an API call (mpJwt puts a {@code JsonWebToken} principal into the
 * subject) or the ID token of a screen session (the OIDC client keeps it in the subject's private credentials). Keycloak
 * fills the claim from the tenant groups the user is in; several values bind the caller to none and mark a conflict.
 * Roles are not read here: Liberty maps the {@code groups} claim to roles.
 */
@ApplicationScoped
@Typed(KeycloakTokenIdentitySource.class)
public class KeycloakTokenIdentitySource implements IdentitySource {

  static final String TENANT_CLAIM = "tenant";

  private static final Logger LOG = Logger.getLogger(KeycloakTokenIdentitySource.class.getName());

  /** The same settings as identity-keycloak.xml (environment KEYCLOAK_URL, KEYCLOAK_REALM, KEYCLOAK_CLIENT_ID). */
  @Inject
  @ConfigProperty(name = "keycloak.url", defaultValue = "http://localhost:18180")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "keycloak.realm", defaultValue = "backoffice")
  String realm;

  @Inject
  @ConfigProperty(name = "keycloak.client.id", defaultValue = "backoffice-web")
  String clientId;

  @Override
  public Optional<Caller> currentCaller() {
    Subject subject = Subjects.current();
    Optional<WSCredential> credential = Subjects.credential(subject);
    if (credential.isEmpty()) {
      return Optional.empty();
    }
    Optional<JsonObject> claims = verifiedToken(subject).flatMap(TokenClaims::payload);
    if (claims.isEmpty()) {
      // authenticated, but not by a token (e.g. a server-internal login): no tenant, fail closed
      return Optional.empty();
    }
    try {
      return Optional.of(caller(credential.get().getSecurityName(), claims.get()));
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Cannot read the caller's credential; treating the caller as unauthenticated", e);
      return Optional.empty();
    }
  }

  /**
   * Keycloak's end-session endpoint (RP-initiated logout) with the screen session's ID token as the hint, so Keycloak
   * ends its session without asking; empty for an API caller (no browser session to end).
   */
  @Override
  public Optional<String> endSessionUrl(String returnTo) {
    Subject subject = Subjects.current();
    if (subject == null) {
      return Optional.empty();
    }
    return idToken(subject)
        .map(
            idToken ->
                keycloakUrl.replaceAll("/+$", "")
                    + "/realms/"
                    + enc(realm)
                    + "/protocol/openid-connect/logout?client_id="
                    + enc(clientId)
                    + "&id_token_hint="
                    + enc(idToken)
                    + "&post_logout_redirect_uri="
                    + enc(returnTo));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static Caller caller(String name, JsonObject claims) {
    List<String> tenants = TokenClaims.strings(claims, TENANT_CLAIM);
    Caller caller = Caller.boundTo(name, tenants);
    if (caller.tenantConflict()) {
      LOG.warning(() -> "User " + name + " has several tenants " + tenants + " in the token; refusing all of them");
    }
    return caller;
  }

  /** The compact token Liberty verified: the MP-JWT principal's raw token, else the OIDC client's ID token. */
  static Optional<String> verifiedToken(Subject subject) {
    for (Principal p : subject.getPrincipals()) {
      Optional<String> raw = rawToken(p);
      if (raw.isPresent()) {
        return raw;
      }
    }
    return idToken(subject);
  }

  /** The ID token the OIDC client keeps in the subject's private credentials (a screen session). */
  static Optional<String> idToken(Subject subject) {
    for (Object credential : subject.getPrivateCredentials()) {
      if (credential instanceof Map<?, ?> map && map.get("id_token") instanceof String idToken) {
        return Optional.of(idToken);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code JsonWebToken.getRawToken()}, called by name: the MP-JWT API is only on the class path when mpJwt is
   * enabled (identity=keycloak), and this class must load in the embedded default too.
   */
  private static Optional<String> rawToken(Principal principal) {
    try {
      Method m = principal.getClass().getMethod("getRawToken");
      Object raw = m.invoke(principal);
      return raw instanceof String s ? Optional.of(s) : Optional.empty();
    } catch (NoSuchMethodException notAJwt) {
      return Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot read the raw token of " + principal.getClass().getName(), e);
      return Optional.empty();
    }
  }
}
