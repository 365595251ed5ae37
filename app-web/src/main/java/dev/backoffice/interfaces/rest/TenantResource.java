package dev.backoffice.interfaces.rest;

import dev.backoffice.application.NewTenant;
import dev.backoffice.application.TenantService;
import dev.backoffice.application.TenantView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Platform admin: tenants. */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {

  public record ActiveRequest(boolean active) {}

  @Inject TenantService tenants;

  @GET
  @Operation(summary = "All tenants (platform admin)")
  public List<TenantView> list() {
    return tenants.listTenants();
  }

  @POST
  @Operation(summary = "Create a tenant (platform admin)")
  public Response create(NewTenant body, @Context UriInfo uri) {
    if (body == null) {
      throw new dev.backoffice.domain.model.shared.InvalidInputException("required", "slug");
    }
    TenantView t = tenants.createTenant(body);
    return Response.created(uri.getAbsolutePathBuilder().path(t.id().toString()).build()).entity(t).build();
  }

  @PUT
  @Path("{id}/active")
  @Operation(summary = "Activate or deactivate a tenant (platform admin)")
  public TenantView setActive(@PathParam("id") UUID id, ActiveRequest body) {
    return tenants.setActive(id, body != null && body.active());
  }
}
