package dev.backoffice.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentitySourceSelectionTest {

  private static IdentitySourceSelection selection(String identity) {
    IdentitySourceSelection s = new IdentitySourceSelection();
    s.identity = identity;
    s.registry = new LibertyRegistryIdentitySource();
    s.keycloak = new KeycloakTokenIdentitySource();
    s.registryUsers = new RegistryUserDirectory();
    s.keycloakUsers = new KeycloakUserDirectory();
    return s;
  }

  @Test
  void demoIsTheRegistryAndKeycloakTheTokens() {
    IdentitySourceSelection demo = selection("demo");
    assertSame(demo.registry, demo.identitySource());
    IdentitySourceSelection keycloak = selection("keycloak");
    assertSame(keycloak.keycloak, keycloak.identitySource());
  }

  @Test
  void theUsersLiveWhereTheIdentityComesFrom() {
    IdentitySourceSelection demo = selection("demo");
    assertSame(demo.registryUsers, demo.userDirectory());
    assertTrue(!demo.userDirectory().manageable(), "the demo registry is read-only");
    IdentitySourceSelection keycloak = selection("keycloak");
    assertSame(keycloak.keycloakUsers, keycloak.userDirectory());
    assertThrows(IllegalStateException.class, () -> selection("ldap").userDirectory());
  }

  @Test
  void anUnknownValueStopsTheApplicationInsteadOfGuessing() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> selection("keyclaok").identitySource());
    assertTrue(e.getMessage().contains("keyclaok"));
  }
}
