package dev.backoffice.interfaces.rest.settings;

import dev.backoffice.application.DocumentStandard;
import dev.backoffice.application.TenantSettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tenant's document standard: number format, VAT rounding (PER_LINE, ON_TOTAL), days to pay an invoice. */
@Path("settings/document-standard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentStandardResource {

  @Inject TenantSettingsService settings;

  @GET
  @Operation(summary = "The document standard: numberFormat ({YYYY}, {YY}, {N:width}), vatRounding, paymentDays, pdfA (PDF/A-1b output)")
  public DocumentStandard get() {
    return settings.currentDocumentStandard();
  }

  @PUT
  @Operation(summary = "Change the document standard (tenant admin); send the version you read")
  public DocumentStandard put(DocumentStandard body) {
    return settings.changeDocumentStandard(body);
  }
}
