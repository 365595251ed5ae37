package dev.backoffice.interfaces.web;

import dev.backoffice.tenancy.Caller;
import dev.backoffice.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Refuses the screens to a user whose identity binds them to several tenants (e.g. in two tenant groups in Keycloak):
 * they are logged out and see "access denied" with the reason, instead of being given an arbitrary tenant.
 */
@WebFilter(urlPatterns = "/app/*")
public class SingleTenantFilter extends HttpFilter {

  /** Request attribute the access-denied page reads to name the reason. */
  public static final String REFUSED_ATTRIBUTE = "backoffice.tenantConflict";

  @Inject TenantContext tenantContext;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && tenantContext.caller().map(Caller::tenantConflict).orElse(false)) {
      request.logout();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      request.setAttribute(REFUSED_ATTRIBUTE, Boolean.TRUE);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }
}
