package dev.backoffice.interfaces.rest.documents;

import dev.backoffice.application.BulkProgress;
import dev.backoffice.application.DocumentAdjustment;
import dev.backoffice.application.DocumentLine;
import dev.backoffice.application.DocumentService;
import dev.backoffice.application.DocumentService.DocumentQuery;
import dev.backoffice.application.DocumentView;
import dev.backoffice.domain.model.document.DocumentStatus;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.interfaces.facade.DocumentArchive;
import dev.backoffice.plugin.api.document.DocumentKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Issued documents of the caller's tenant: the list with filters, one document's metadata (number, kind, SHA-256,
 * pack id@version), its PDF, its data snapshot, a ZIP of many, and cancellation. A document of another tenant answers
 * 404 like a missing one.
 */
@Path("documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentResource {

  @Inject DocumentService documents;

  @Inject DocumentArchive archive;

  /** A page of documents and the total matching the filters. */
  public record Page(List<DocumentView> documents, long total) {}

  /** Requests to issue deal packs for. */
  public record DealPackSelection(List<UUID> requestIds) {}

  @POST
  @Path("deal-packs")
  @Operation(
      summary =
          "Issue the deal packs (contract + invoice) of many approved requests in the background, one transaction"
              + " each; answers the run's progress (202)")
  public Response startDealPacks(DealPackSelection body) {
    return Response.accepted(documents.startDealPacks(body == null ? null : body.requestIds())).build();
  }

  @GET
  @Path("deal-packs/{runId}")
  @Operation(summary = "Progress of a bulk deal-pack run: total, issued, refused with the reason, running")
  public BulkProgress dealPackProgress(@PathParam("runId") UUID runId) {
    return documents.getDealPackProgress(runId);
  }

  /** Cancel a document: the reason and the version you read. */
  public record Cancellation(String reason, Long version) {}

  /** Why an исправление is issued (goes into the request's history and the audit trail). */
  public record Correction(String reason) {}

  @GET
  @Operation(summary = "Documents, newest first: filter by kind, status, event, request, buyer (name, ИНН or number)")
  public Page list(
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("eventId") UUID eventId,
      @QueryParam("requestId") UUID requestId,
      @QueryParam("buyer") String buyer,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    DocumentService.DocumentPage page =
        documents.list(
            new DocumentQuery(kind(kind), status(status), eventId, requestId, buyer), first, max);
    return new Page(page.documents(), page.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One document's metadata: number, kind, status, parties, amounts, pack id@version, SHA-256")
  public DocumentView get(@PathParam("id") UUID id) {
    return documents.get(id);
  }

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The issued PDF, exactly as issued (its SHA-256 is in the metadata)")
  public Response pdf(@PathParam("id") UUID id, @QueryParam("download") @DefaultValue("false") boolean download) {
    DocumentService.DocumentFile f = documents.getPdf(id);
    return file(f, download);
  }

  @GET
  @Path("{id}/data")
  @Produces("application/xml")
  @Operation(summary = "The data snapshot (document XML, contract version 1) the PDF was rendered from")
  public Response data(@PathParam("id") UUID id) {
    return file(documents.getData(id), true);
  }

  @GET
  @Path("archive")
  @Produces("application/zip")
  @Operation(
      summary =
          "A ZIP of PDFs: the documents named in ids (comma-separated), or else every document matching the filters"
              + " (at most 1000) — a read, open to auditors")
  public Response zip(
      @QueryParam("ids") String ids,
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("eventId") UUID eventId,
      @QueryParam("requestId") UUID requestId,
      @QueryParam("buyer") String buyer) {
    List<UUID> selected;
    if (ids != null && !ids.isBlank()) {
      try {
        selected = java.util.Arrays.stream(ids.split(",")).map(String::strip).filter(x -> !x.isEmpty())
            .map(UUID::fromString).toList();
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("document.ids", "ids");
      }
    } else {
      DocumentService.DocumentPage page =
          documents.list(new DocumentQuery(kind(kind), status(status), eventId, requestId, buyer), 0, 1000);
      if (page.total() > 1000) {
        throw new InvalidInputException("document.tooManySelected", "ids", 1000);
      }
      selected = page.documents().stream().map(DocumentView::id).toList();
    }
    if (selected.isEmpty()) {
      throw new InvalidInputException("document.nothingSelected", "ids");
    }
    byte[] zip = archive.zip(selected);
    return Response.ok(zip, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"documents.zip\"")
        .build();
  }

  @POST
  @Path("{id}/cancellation")
  @Operation(summary = "Cancel the document (it keeps its number and PDF); send a reason and the version you read")
  public DocumentView cancel(@PathParam("id") UUID id, Cancellation body) {
    if (body == null || body.version() == null) {
      throw new InvalidInputException("required", "version");
    }
    return documents.cancel(id, body.version(), body.reason());
  }

  @POST
  @Path("{id}/corrections")
  @Operation(
      summary =
          "Issue the исправление of the document after its requisites were corrected: the same number with the next"
              + " correction index, the original's date, rendered from the current details; the original becomes"
              + " CORRECTED and keeps its PDF. Amounts may not change.")
  public Response correct(@PathParam("id") UUID id, Correction body) {
    DocumentView fix = documents.correct(id, body == null ? null : body.reason());
    return Response.status(Response.Status.CREATED).entity(fix).build();
  }

  @POST
  @Path("{id}/adjustments")
  @Operation(
      summary =
          "Issue a корректировка (УКД, status 1) of a УПД after its price or quantity changed by agreement: body"
              + " {reason, lines: [{no, quantity, price}]}; its own number, each line before and after, the increase"
              + " and the decrease. The УКД's amounts are the net change")
  public Response adjust(@PathParam("id") UUID id, DocumentAdjustment body) {
    DocumentView ukd = documents.adjust(id, body);
    return Response.status(Response.Status.CREATED).entity(ukd).build();
  }

  @GET
  @Path("{id}/lines")
  @Operation(summary = "The lines of a document as they stand now (for a УПД: after its корректировки)")
  public List<DocumentLine> lines(@PathParam("id") UUID id) {
    return documents.getCurrentLines(id);
  }

  static Response file(DocumentService.DocumentFile f, boolean download) {
    return Response.ok(f.content(), f.contentType())
        .header(
            "Content-Disposition", (download ? "attachment" : "inline") + "; filename=\"" + f.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  static DocumentKind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DocumentKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("document.kind", "kind", value);
    }
  }

  static DocumentStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DocumentStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("document.status", "status", value);
    }
  }
}
