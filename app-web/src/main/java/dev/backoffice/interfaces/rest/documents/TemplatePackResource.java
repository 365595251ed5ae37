package dev.backoffice.interfaces.rest.documents;

import dev.backoffice.application.TemplatePackService;
import dev.backoffice.domain.model.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Template packs of the caller's tenant: built-in and uploaded packs, upload (the zip as the request body; checked
 * completely before it is stored), a preview of any kind with sample data, and the active pack per kind and language.
 */
@Path("template-packs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TemplatePackResource {

  @Inject TemplatePackService packs;

  /** Make a pack the active one for a kind and language. */
  public record Choice(String kind, String locale, String pack) {}

  @GET
  @Operation(summary = "Built-in and uploaded packs with what they provide; ref names a pack in the other calls")
  public List<TemplatePackService.PackView> list() {
    return packs.listPacks();
  }

  @POST
  // Any content type: the body is checked as a zip anyway, and a refusal (an auditor's 403) must not depend on it.
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Upload a pack (zip body, tenant admin): limits, paths, descriptor, stylesheets, sample renders")
  public Response upload(byte[] body, @HeaderParam("X-File-Name") String fileName, @Context UriInfo uri) {
    TemplatePackService.PackView view = packs.upload(body, fileName == null ? "upload.zip" : fileName);
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @GET
  @Path("preview")
  @Produces("application/pdf")
  @Operation(summary = "A kind rendered by the pack with sample data (pack = ref from the list)")
  public Response preview(
      @QueryParam("pack") String pack, @QueryParam("kind") String kind, @QueryParam("locale") String locale) {
    return DocumentResource.file(packs.getPreview(pack, DocumentResource.kind(required(kind, "kind")), locale), false);
  }

  @GET
  @Path("choices")
  @Operation(summary = "The active pack per document kind and language (chosen or default)")
  public List<TemplatePackService.ChoiceView> choices() {
    return packs.listChoices();
  }

  @PUT
  @Path("choices")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Make a pack the active one for a kind and language (tenant admin); issued documents keep theirs")
  public TemplatePackService.ChoiceView choose(Choice body) {
    if (body == null) {
      throw new InvalidInputException("required", "kind");
    }
    return packs.choose(DocumentResource.kind(required(body.kind(), "kind")), body.locale(), required(body.pack(), "pack"));
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("required", field);
    }
    return value;
  }
}
