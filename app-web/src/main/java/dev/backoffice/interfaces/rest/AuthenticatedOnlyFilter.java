package dev.backoffice.interfaces.rest;

import dev.backoffice.tenancy.Caller;
import dev.backoffice.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers 401 (problem+json, not a login page) to any API call without an authenticated user, except the methods
 * marked {@link PublicEndpoint}, and 403 to a user whose identity binds them to several tenants.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticatedOnlyFilter implements ContainerRequestFilter {

  @Context HttpHeaders headers;

  @Context ResourceInfo resource;

  @Inject TenantContext tenantContext;

  @Override
  public void filter(ContainerRequestContext request) {
    if (PublicEndpoints.isPublic(resource)) {
      return;
    }
    if (request.getSecurityContext().getUserPrincipal() == null) {
      request.abortWith(Problem.refusal(headers, 401, "unauthorized", "error.title.unauthorized", "error.unauthorized"));
      return;
    }
    if (tenantContext.caller().map(Caller::tenantConflict).orElse(false)) {
      request.abortWith(Problem.refusal(headers, 403, "tenantConflict", "error.title.forbidden", "error.tenantConflict"));
    }
  }
}
