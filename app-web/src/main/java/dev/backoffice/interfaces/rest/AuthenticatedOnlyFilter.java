package dev.backoffice.interfaces.rest;

import dev.backoffice.interfaces.facade.ErrorMessages;
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
import java.util.Locale;

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
      Locale locale = Languages.of(headers);
      request.abortWith(
          Problem.response(
              401,
              "unauthorized",
              ErrorMessages.text(locale, "error.title.unauthorized"),
              ErrorMessages.text(locale, "error.unauthorized"),
              null));
      return;
    }
    if (tenantContext.caller().map(Caller::tenantConflict).orElse(false)) {
      Locale locale = Languages.of(headers);
      request.abortWith(
          Problem.response(
              403,
              "tenantConflict",
              ErrorMessages.text(locale, "error.title.forbidden"),
              ErrorMessages.text(locale, "error.tenantConflict"),
              null));
    }
  }
}
