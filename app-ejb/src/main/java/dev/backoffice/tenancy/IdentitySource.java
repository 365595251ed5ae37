package dev.backoffice.tenancy;

import java.util.Optional;

/**
 * Where identity comes from. The only seam to swap when the identity source changes (embedded registry -> Keycloak
 * tokens): one implementation class, selected by configuration.
 */
public interface IdentitySource {

  /** The authenticated caller on this thread, or empty when nobody is authenticated. */
  Optional<Caller> currentCaller();
}
