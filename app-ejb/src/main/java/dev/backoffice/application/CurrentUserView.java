package dev.backoffice.application;

import java.util.List;

/**
 * Who is logged in, for the layout and {@code GET /api/v1/me}.
 *
 * @param tenant the tenant the user acts for, or null (platform admin, or not bound to an active tenant)
 */
public record CurrentUserView(String name, TenantView tenant, List<String> roles) {

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
