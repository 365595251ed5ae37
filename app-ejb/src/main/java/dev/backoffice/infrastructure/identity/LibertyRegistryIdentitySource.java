package dev.backoffice.infrastructure.identity;

import com.ibm.websphere.security.auth.WSSubject;
import com.ibm.websphere.security.cred.WSCredential;
import dev.backoffice.tenancy.Caller;
import dev.backoffice.tenancy.IdentitySource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;

/**
 * The identity source of the embedded default: Liberty's user registry (basicRegistry, or LDAP). A user is bound to a
 * tenant by membership in exactly one group named {@code tenant.<slug>}; membership in several such groups binds them
 * to none (fail closed). Role groups are mapped to roles by the EAR's binding, not here.
 */
@ApplicationScoped
public class LibertyRegistryIdentitySource implements IdentitySource {

  static final String TENANT_GROUP_PREFIX = "tenant.";

  private static final Logger LOG = Logger.getLogger(LibertyRegistryIdentitySource.class.getName());

  @Override
  public Optional<Caller> currentCaller() {
    Subject subject = currentSubject();
    if (subject == null) {
      return Optional.empty();
    }
    Set<WSCredential> credentials = subject.getPublicCredentials(WSCredential.class);
    if (credentials.isEmpty()) {
      return Optional.empty();
    }
    WSCredential credential = credentials.iterator().next();
    if (credential.isUnauthenticated()) {
      return Optional.empty();
    }
    try {
      String name = credential.getSecurityName();
      List<String> groups = new ArrayList<>();
      for (Object g : credential.getGroupIds()) {
        groups.add(groupName(String.valueOf(g)));
      }
      return Optional.of(new Caller(name, tenantKey(name, groups)));
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

  static Optional<String> tenantKey(String user, List<String> groups) {
    List<String> tenants =
        groups.stream()
            .filter(g -> g.startsWith(TENANT_GROUP_PREFIX))
            .map(g -> g.substring(TENANT_GROUP_PREFIX.length()))
            .distinct()
            .toList();
    if (tenants.size() > 1) {
      LOG.warning(() -> "User " + user + " is in several tenant groups " + tenants + "; refusing all of them");
      return Optional.empty();
    }
    return tenants.stream().findFirst();
  }

  private static Subject currentSubject() {
    try {
      Subject runAs = WSSubject.getRunAsSubject();
      if (runAs != null) {
        return runAs;
      }
      return WSSubject.getCallerSubject();
    } catch (Exception e) {
      LOG.log(Level.FINE, "No security subject on this thread", e);
      return null;
    }
  }
}
