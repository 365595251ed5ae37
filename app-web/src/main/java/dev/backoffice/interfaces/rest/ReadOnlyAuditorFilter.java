package dev.backoffice.interfaces.rest;

import dev.backoffice.tenancy.Roles;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * The auditor changes nothing: any data-changing request (POST, PUT, PATCH, DELETE) of a caller whose only product
 * role is auditor answers 403 before the resource reads the body — so a bad body cannot turn the refusal into a 400.
 * The EJB layer refuses them as well; this is the REST wall in front of it. Public endpoints are not affected.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ReadOnlyAuditorFilter implements ContainerRequestFilter {

  private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Context HttpHeaders headers;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!CHANGING.contains(request.getMethod()) || PublicEndpoints.isPublic(resource)) {
      return;
    }
    SecurityContext security = request.getSecurityContext();
    if (security.getUserPrincipal() == null || !security.isUserInRole(Roles.AUDITOR)) {
      return;
    }
    for (String role : Roles.ALL) {
      if (!role.equals(Roles.AUDITOR) && security.isUserInRole(role)) {
        return;
      }
    }
    request.abortWith(Problem.refusal(headers, 403, "forbidden", "error.title.forbidden", "error.forbidden"));
  }
}
