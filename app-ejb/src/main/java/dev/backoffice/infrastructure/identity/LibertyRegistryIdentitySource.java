package dev.backoffice.infrastructure.identity;

import com.ibm.websphere.security.cred.WSCredential;
import dev.backoffice.tenancy.Caller;
import dev.backoffice.tenancy.IdentitySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The identity source of the embedded default: Liberty's user registry (basicRegistry, or LDAP). A user is bound to a
 * tenant by membership in exactly one group named {@code tenant.<slug>}; membership in several such groups binds them
 * to none and marks a conflict (fail closed). Role groups are mapped to roles by the EAR's binding, not here.
 */
@ApplicationScoped
@Typed(LibertyRegistryIdentitySource.class)
public class LibertyRegistryIdentitySource implements IdentitySource {

  static final String TENANT_GROUP_PREFIX = "tenant.";

  private static final Logger LOG = Logger.getLogger(LibertyRegistryIdentitySource.class.getName());

  @Override
  public Optional<Caller> currentCaller() {
    Optional<WSCredential> credential = Subjects.credential(Subjects.current());
    if (credential.isEmpty()) {
      return Optional.empty();
    }
    try {
      String name = credential.get().getSecurityName();
      List<String> groups = new ArrayList<>();
      for (Object g : credential.get().getGroupIds()) {
        groups.add(groupName(String.valueOf(g)));
      }
      return Optional.of(caller(name, groups));
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Cannot read the caller's credential; treating the caller as unauthenticated", e);
      return Optional.empty();
    }
  }

  /** {@code group:Realm/tenant.alpha} -> {@code tenant.alpha}. */
  static String groupName(String groupId) {
    String g = groupId;
    if (g.startsWith("group:")) {
      g = g.substring("group:".length());
    }
    int slash = g.lastIndexOf('/');
    return slash >= 0 ? g.substring(slash + 1) : g;
  }

  static Caller caller(String user, List<String> groups) {
    Caller caller =
        Caller.boundTo(
            user,
            groups.stream()
                .filter(g -> g.startsWith(TENANT_GROUP_PREFIX))
                .map(g -> g.substring(TENANT_GROUP_PREFIX.length()))
                .toList());
    if (caller.tenantConflict()) {
      LOG.warning(() -> "User " + user + " is in several tenant groups " + groups + "; refusing all of them");
    }
    return caller;
  }

  static Optional<String> tenantKey(String user, List<String> groups) {
    return caller(user, groups).tenantKey();
  }
}
