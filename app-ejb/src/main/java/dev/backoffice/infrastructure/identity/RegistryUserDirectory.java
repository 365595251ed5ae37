package dev.backoffice.infrastructure.identity;

import com.ibm.websphere.security.EntryNotFoundException;
import com.ibm.websphere.security.UserRegistry;
import com.ibm.wsspi.security.registry.RegistryHelper;
import dev.backoffice.application.NewUser;
import dev.backoffice.application.TenantUserView;
import dev.backoffice.application.UserDirectory;
import dev.backoffice.application.UserDirectoryException;
import dev.backoffice.domain.model.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.ArrayList;
import java.util.List;

/**
 * The users of the embedded demo identity: Liberty's user registry (identity-demo.xml), read-only. A tenant's users are
 * the members of the group {@code tenant.<slug>}, their role the role group they are in. Users and roles are defined in
 * the server configuration, so every change is refused with {@code users.readOnlyDirectory} (never a fake success).
 */
@ApplicationScoped
@Typed(RegistryUserDirectory.class)
public class RegistryUserDirectory implements UserDirectory {

  @Override
  public boolean manageable() {
    return false;
  }

  @Override
  public List<TenantUserView> members(String tenantSlug) {
    try {
      UserRegistry registry = RegistryHelper.getUserRegistry(null);
      List<String> names;
      try {
        names = registry.getUsersForGroup(LibertyRegistryIdentitySource.TENANT_GROUP_PREFIX + tenantSlug, 0).getList();
      } catch (EntryNotFoundException noSuchGroup) {
        return List.of();
      }
      List<TenantUserView> out = new ArrayList<>();
      for (String name : names) {
        List<String> groups = new ArrayList<>();
        for (String g : registry.getGroupsForUser(name)) {
          groups.add(LibertyRegistryIdentitySource.groupName(g));
        }
        out.add(view(name, groups));
      }
      out.sort(java.util.Comparator.comparing(TenantUserView::username));
      return out;
    } catch (Exception | LinkageError e) {
      throw new UserDirectoryException("Cannot read the users of tenant " + tenantSlug + " from the registry", true, e);
    }
  }

  static TenantUserView view(String name, List<String> groups) {
    return new TenantUserView(name, name, null, null, null, KeycloakAdminJson.productRole(groups), true, false, false);
  }

  @Override
  public TenantUserView create(String tenantSlug, NewUser user) {
    throw new ConflictException("users.readOnlyDirectory", null);
  }

  @Override
  public void changeRole(String userId, String role) {
    throw new ConflictException("users.readOnlyDirectory", null);
  }

  @Override
  public void setEnabled(String userId, boolean enabled) {
    throw new ConflictException("users.readOnlyDirectory", null);
  }

  @Override
  public boolean sendInvitation(String userId) {
    throw new ConflictException("users.readOnlyDirectory", null);
  }

  /** The demo registry has no tenant groups to create: a new tenant's users are configured in the server. */
  @Override
  public void ensureTenantGroup(String tenantSlug) {}
}
