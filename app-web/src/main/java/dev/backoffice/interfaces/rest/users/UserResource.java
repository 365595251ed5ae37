package dev.backoffice.interfaces.rest.users;

import dev.backoffice.application.Invitation;
import dev.backoffice.application.NewUser;
import dev.backoffice.application.TenantUserView;
import dev.backoffice.application.TenantUsers;
import dev.backoffice.application.UserAdminService;
import dev.backoffice.domain.model.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The users of the caller's tenant (from Keycloak): tenant admins invite users and change roles, auditors read. The
 * tenant is the caller's own; another tenant's user id answers 404. With the embedded demo registry the list is
 * read-only ({@code manageable: false}) and changes answer 409.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

  /** The new role of a user: tenant-admin, operator or auditor. */
  public record RoleRequest(String role) {}

  /** Whether the user may sign in. */
  public record EnabledRequest(Boolean enabled) {}

  @Inject UserAdminService users;

  @GET
  @Operation(summary = "The users of your tenant with their role (tenant admin, auditor); manageable=false with the demo registry")
  public TenantUsers list() {
    return users.listUsers();
  }

  @POST
  @Operation(
      summary =
          "Invite a user into your tenant (tenant admin): email, firstName, lastName, role (tenant-admin, operator,"
              + " auditor), locale (ru, en; optional). Keycloak e-mails the invitation; invitationSent=false when it"
              + " could not (the user is kept; resend with POST /users/{id}/invitation)")
  @APIResponse(responseCode = "201", description = "created (and invited)")
  @APIResponse(responseCode = "409", description = "a user with this e-mail exists, or the demo registry is read-only")
  @APIResponse(responseCode = "503", description = "Keycloak is not reachable; nothing was changed")
  public Response invite(NewUser body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException("required", "email");
    }
    Invitation invitation = users.invite(body);
    return Response.created(uri.getAbsolutePathBuilder().path(invitation.user().id()).build()).entity(invitation).build();
  }

  @PUT
  @Path("{id}/role")
  @Operation(summary = "Change the role of a user of your tenant (tenant admin); the last tenant admin keeps the role (409)")
  @APIResponse(responseCode = "404", description = "no such user in your tenant")
  public TenantUserView changeRole(@PathParam("id") String id, RoleRequest body) {
    return users.changeRole(id, body == null ? null : body.role());
  }

  @PUT
  @Path("{id}/enabled")
  @Operation(summary = "Enable or disable a user of your tenant (tenant admin); not yourself, not the last tenant admin (409)")
  @APIResponse(responseCode = "404", description = "no such user in your tenant")
  public TenantUserView setEnabled(@PathParam("id") String id, EnabledRequest body) {
    if (body == null || body.enabled() == null) {
      throw new InvalidInputException("required", "enabled");
    }
    return users.setEnabled(id, body.enabled());
  }

  @POST
  @Path("{id}/invitation")
  @Operation(summary = "Send the invitation e-mail again (tenant admin); invitationSent says whether it went")
  @APIResponse(responseCode = "404", description = "no such user in your tenant")
  public Invitation resendInvitation(@PathParam("id") String id) {
    return users.resendInvitation(id);
  }
}
