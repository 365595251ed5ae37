package dev.backoffice.interfaces.web.users;

import dev.backoffice.application.Invitation;
import dev.backoffice.application.NewUser;
import dev.backoffice.application.TenantUserView;
import dev.backoffice.application.TenantUsers;
import dev.backoffice.application.UserAdminService;
import dev.backoffice.interfaces.web.FacesMessages;
import dev.backoffice.interfaces.web.shell.ShellView;
import dev.backoffice.tenancy.Roles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The users of the tenant and their roles: tenant admins and auditors read; tenant admins invite users, change a
 * role and resend an invitation. With the demo registry the table is read-only and says why.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final List<String> ASSIGNABLE_ROLES = List.of(Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR);

  private static final Map<String, String> INVITE_FIELDS =
      Map.of(
          "email", "inviteForm:email",
          "firstName", "inviteForm:firstName",
          "lastName", "inviteForm:lastName",
          "role", "inviteForm:role",
          "locale", "inviteForm:locale");

  @Inject transient UserAdminService users;

  @Inject transient ShellView shell;

  private TenantUsers loaded;
  private final Map<String, String> roleChoice = new HashMap<>();
  private String email;
  private String firstName;
  private String lastName;
  private String role = Roles.OPERATOR;
  private String locale;

  private TenantUsers loaded() {
    if (loaded == null) {
      try {
        loaded = users.listUsers();
      } catch (RuntimeException e) {
        FacesMessages.refusal(e, Map.of());
        loaded = new TenantUsers(false, List.of());
      }
      roleChoice.clear();
      loaded.users().forEach(u -> roleChoice.put(u.id(), u.role()));
    }
    return loaded;
  }

  public List<TenantUserView> getUsers() {
    return loaded().users();
  }

  /** False with the demo registry: the screen explains that changes need Keycloak. */
  public boolean isManageable() {
    return loaded().manageable();
  }

  /** Changes are offered only to a tenant admin, and only where users can be managed. */
  public boolean isCanManage() {
    return shell.hasRole(Roles.TENANT_ADMIN) && isManageable();
  }

  public List<String> getAssignableRoles() {
    return ASSIGNABLE_ROLES;
  }

  public Map<String, String> getRoleChoice() {
    return roleChoice;
  }

  public void invite() {
    try {
      Invitation i = users.invite(new NewUser(email, firstName, lastName, role, locale));
      if (i.invitationSent()) {
        FacesMessages.info("users.invited", i.user().email());
      } else {
        FacesMessages.error("users.invitedNoMail", i.user().email());
      }
      email = null;
      firstName = null;
      lastName = null;
      role = Roles.OPERATOR;
      locale = null;
      loaded = null;
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, INVITE_FIELDS);
    }
  }

  public void changeRole(TenantUserView user) {
    String chosen = roleChoice.get(user.id());
    try {
      TenantUserView changed = users.changeRole(user.id(), chosen);
      FacesMessages.info("users.roleChanged", changed.displayName(), FacesMessages.text("role." + changed.role()));
      loaded = null;
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of());
      roleChoice.put(user.id(), user.role());
    }
  }

  public void toggleEnabled(TenantUserView user) {
    try {
      TenantUserView changed = users.setEnabled(user.id(), !user.enabled());
      FacesMessages.info(changed.enabled() ? "users.enabledNow" : "users.disabledNow", changed.displayName());
      loaded = null;
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of());
    }
  }

  public void resend(TenantUserView user) {
    try {
      Invitation i = users.resendInvitation(user.id());
      if (i.invitationSent()) {
        FacesMessages.info("users.resent", user.email());
      } else {
        FacesMessages.error("users.resendFailed", user.email());
      }
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of());
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }
}
