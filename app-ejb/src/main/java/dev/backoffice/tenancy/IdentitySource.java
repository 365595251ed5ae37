package dev.backoffice.tenancy;

import java.util.Optional;

/**
 * Where identity comes from. The only seam to swap when the identity source changes (embedded registry -> Keycloak
 * tokens): one implementation class, selected by configuration.
 */
public interface IdentitySource {

  /** The authenticated caller on this thread, or empty when nobody is authenticated. */
  Optional<Caller> currentCaller();

  /**
   * Where to send the browser after the application has logged the caller out so that the identity provider ends its
   * session too (single sign-out), returning to {@code returnTo}; empty when the application's own logout is enough.
   * Call it before logging out: it needs the caller's session.
   */
  default Optional<String> endSessionUrl(String returnTo) {
    return Optional.empty();
  }
}
