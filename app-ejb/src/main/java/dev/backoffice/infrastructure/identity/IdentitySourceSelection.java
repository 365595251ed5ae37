package dev.backoffice.infrastructure.identity;

import dev.backoffice.application.UserDirectory;
import dev.backoffice.tenancy.IdentitySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the identity source by configuration: {@code backoffice.identity} (environment {@code BACKOFFICE_IDENTITY},
 * the same variable that makes server.xml include {@code identity-<value>.xml}). An unknown value stops the
 * application instead of guessing.
 */
@ApplicationScoped
public class IdentitySourceSelection {

  public static final String DEMO = "demo";
  public static final String KEYCLOAK = "keycloak";

  @Inject
  @ConfigProperty(name = "backoffice.identity", defaultValue = DEMO)
  String identity;

  @Inject LibertyRegistryIdentitySource registry;

  @Inject KeycloakTokenIdentitySource keycloak;

  @Inject RegistryUserDirectory registryUsers;

  @Inject KeycloakUserDirectory keycloakUsers;

  /** Checks the setting when the application starts, not at the first login. */
  void checkOnStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    identitySource();
  }

  @Produces
  @ApplicationScoped
  IdentitySource identitySource() {
    return switch (identity) {
      case DEMO -> registry;
      case KEYCLOAK -> keycloak;
      default -> throw unknown();
    };
  }

  /** Where the users of the tenants live: the same choice as the identity source. */
  @Produces
  @ApplicationScoped
  UserDirectory userDirectory() {
    return switch (identity) {
      case DEMO -> registryUsers;
      case KEYCLOAK -> keycloakUsers;
      default -> throw unknown();
    };
  }

  private IllegalStateException unknown() {
    return new IllegalStateException(
        "backoffice.identity (BACKOFFICE_IDENTITY) must be 'demo' or 'keycloak', not '" + identity + "'");
  }
}
