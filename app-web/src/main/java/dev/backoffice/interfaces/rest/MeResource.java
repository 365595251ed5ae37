package dev.backoffice.interfaces.rest;

import dev.backoffice.application.CurrentUserView;
import dev.backoffice.application.TenantService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject TenantService tenants;

  @GET
  @Operation(summary = "The authenticated user, the tenant they act for and their roles")
  public CurrentUserView me() {
    return tenants.currentUser();
  }
}
