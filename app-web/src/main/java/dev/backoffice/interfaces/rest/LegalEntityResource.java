package dev.backoffice.interfaces.rest;

import dev.backoffice.application.LegalEntityService;
import dev.backoffice.application.LegalEntityView;
import dev.backoffice.domain.model.legalentity.LegalEntityDetails;
import dev.backoffice.domain.model.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The current tenant's seller legal entities. A tenant id in the body, if any, is ignored. */
@Path("legal-entities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalEntityResource {

  /**
   * Request body for create and update; {@code version} is required for update (optimistic locking). {@code
   * vatPayer}: false for a seller on УСН or otherwise exempt (its УПД/УКД get status 2); omitted = true for a new
   * entity, unchanged on update.
   */
  public record LegalEntityRequest(
      String shortName,
      String fullName,
      String inn,
      String kpp,
      String ogrn,
      String legalAddress,
      String postalAddress,
      String bankName,
      String bik,
      String correspondentAccount,
      String settlementAccount,
      String directorPosition,
      String directorName,
      String chiefAccountantName,
      String email,
      String phone,
      Boolean vatPayer,
      Long version) {

    LegalEntityDetails details() {
      return new LegalEntityDetails(
          shortName, fullName, inn, kpp, ogrn, legalAddress, postalAddress, bankName, bik, correspondentAccount,
          settlementAccount, directorPosition, directorName, chiefAccountantName, email, phone, vatPayer);
    }
  }

  @Inject LegalEntityService service;

  @GET
  @Operation(summary = "The tenant's legal entities")
  public List<LegalEntityView> list() {
    return service.list();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One legal entity; another tenant's id answers 404")
  public LegalEntityView get(@PathParam("id") UUID id) {
    return service.get(id);
  }

  @POST
  @Operation(summary = "Add a legal entity (tenant admin); requisites are checked")
  public Response create(LegalEntityRequest body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException("required", "shortName");
    }
    LegalEntityView v = service.create(body.details());
    return Response.created(uri.getAbsolutePathBuilder().path(v.id().toString()).build()).entity(v).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a legal entity (tenant admin); send the version you read")
  public LegalEntityView update(@PathParam("id") UUID id, LegalEntityRequest body) {
    if (body == null || body.version() == null) {
      throw new InvalidInputException("required", "version");
    }
    return service.update(id, body.version(), body.details());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a legal entity (tenant admin)")
  public Response delete(@PathParam("id") UUID id) {
    service.delete(id);
    return Response.noContent().build();
  }
}
