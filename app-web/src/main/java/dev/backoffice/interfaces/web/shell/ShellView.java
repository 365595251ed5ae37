package dev.backoffice.interfaces.web.shell;

import dev.backoffice.application.CurrentUserView;
import dev.backoffice.application.TenantService;
import dev.backoffice.tenancy.IdentitySource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The layout around every screen: who is logged in, for which tenant, with which roles; logout. */
@Named("shell")
@RequestScoped
public class ShellView {

  @Inject TenantService tenantService;

  @Inject IdentitySource identitySource;

  private CurrentUserView user;

  public CurrentUserView getUser() {
    if (user == null) {
      user = tenantService.currentUser();
    }
    return user;
  }

  public boolean hasRole(String role) {
    return getUser().hasRole(role);
  }

  public boolean isTenantUser() {
    return getUser().tenant() != null;
  }

  public void logout() throws IOException, ServletException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    String home = ec.getRequestContextPath() + "/";
    String absoluteHome = request.getRequestURL().toString().replaceFirst("^(\\w+://[^/]+).*$", "$1") + home;
    // with Keycloak: end the identity provider's session too, or the next visit would log in again silently
    String next = identitySource.endSessionUrl(absoluteHome).orElse(home);
    request.logout();
    ec.invalidateSession();
    ec.redirect(next);
  }
}
