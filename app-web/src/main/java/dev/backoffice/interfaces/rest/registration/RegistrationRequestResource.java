package dev.backoffice.interfaces.rest.registration;

import dev.backoffice.application.DirectoryChoice;
import dev.backoffice.application.QueuePage;
import dev.backoffice.application.RegistrationService;
import dev.backoffice.application.RegistrationSubmission;
import dev.backoffice.application.Submitted;
import dev.backoffice.domain.model.registration.ContactPerson;
import dev.backoffice.domain.model.registration.IdempotencyKeyTakenException;
import dev.backoffice.domain.model.registration.ParticipantDetails;
import dev.backoffice.domain.model.registration.QueueFilter;
import dev.backoffice.domain.model.registration.QueueOrder;
import dev.backoffice.domain.model.registration.RequestSource;
import dev.backoffice.domain.model.registration.RequestStatus;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.interfaces.facade.QueueExport;
import dev.backoffice.interfaces.rest.Languages;
import dev.backoffice.interfaces.rest.registration.RegistrationDtos.CommentBody;
import dev.backoffice.interfaces.rest.registration.RegistrationDtos.Request;
import dev.backoffice.interfaces.rest.registration.RegistrationDtos.Submission;
import dev.backoffice.interfaces.rest.registration.RegistrationDtos.Transition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import dev.backoffice.application.DocumentService;
import dev.backoffice.application.DocumentView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Registration requests. Client systems post requests with an {@code Idempotency-Key}: the same key with the same
 * request gives the same request (200 instead of 201), never a second one; the same key with a different request is
 * a 409. The tenant is the caller's; an event of another tenant answers 404.
 */
@Path("registration-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationRequestResource {

  @Inject RegistrationService registrations;

  @Inject QueueExport export;

  @Inject DocumentService documents;

  @Context HttpHeaders headers;

  @POST
  @Operation(summary = "Submit a registration request (operator, tenant admin, integration)")
  public Response submit(
      @Parameter(description = "A unique key per request (e.g. a UUID); retries with the same key are safe")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      Submission body,
      @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException("required", "eventId");
    }
    RegistrationSubmission submission = toSubmission(body);
    Submitted submitted;
    try {
      submitted = registrations.submit(submission, RequestSource.API, idempotencyKey);
    } catch (IdempotencyKeyTakenException raceLost) {
      submitted = registrations.replay(submission, idempotencyKey);
    }
    Request dto = Request.of(submitted.request(), locale());
    if (submitted.replayed()) {
      return Response.ok(dto).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(dto.summary().id().toString()).build()).entity(dto).build();
  }

  @GET
  @Operation(summary = "The queue: requests by SLA deadline, filtered by status and event, with counters per status")
  public QueuePage queue(
      @QueryParam("status") String status,
      @QueryParam("eventId") UUID eventId,
      @QueryParam("q") String search,
      @QueryParam("order") @DefaultValue("DEADLINE") String order,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return registrations.queue(new QueueFilter(status(status, "status"), eventId, search), order(order), first, max);
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  @Operation(summary = "The queue as CSV (UTF-8 with BOM, ';'), formula-injection safe; same filters as the queue")
  public Response export(@QueryParam("status") String status, @QueryParam("eventId") UUID eventId, @QueryParam("q") String search) {
    byte[] csv = export.csv(new QueueFilter(status(status, "status"), eventId, search), locale());
    return Response.ok(csv, "text/csv;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"registration-requests.csv\"")
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One request with participants, history and the requisites verdict per field")
  public Request get(@PathParam("id") UUID id) {
    return Request.of(registrations.get(id), locale());
  }

  @POST
  @Path("{id}/transitions")
  @Operation(summary = "Move a request: IN_REVIEW, NEEDS_INFORMATION, APPROVED, CANCELLED (send the version you read)")
  public Request transition(@PathParam("id") UUID id, Transition body) {
    if (body == null || body.to() == null) {
      throw new InvalidInputException("required", "to");
    }
    if (body.version() == null) {
      throw new InvalidInputException("required", "version");
    }
    RequestStatus to = status(body.to(), "to");
    if (to == RequestStatus.APPROVED) {
      return Request.of(registrations.approve(id, body.version(), choice(body.directoryChoice()), body.comment()), locale());
    }
    return Request.of(registrations.moveTo(id, body.version(), to, body.comment()), locale());
  }

  @POST
  @Path("{id}/take")
  @Operation(summary = "Take the request: assign it to yourself and start the review")
  public Request take(@PathParam("id") UUID id) {
    return Request.of(registrations.take(id), locale());
  }

  @POST
  @Path("{id}/assignment")
  @Operation(summary = "Assign the request to an operator (user name), or unassign it with an empty assignee")
  public Request assign(@PathParam("id") UUID id, RegistrationDtos.Assignment body) {
    return Request.of(registrations.assign(id, body == null ? null : body.assignee()), locale());
  }

  @POST
  @Path("{id}/comments")
  @Operation(summary = "Add a comment to the request's history")
  public Request comment(@PathParam("id") UUID id, CommentBody body) {
    return Request.of(registrations.comment(id, body == null ? null : body.text()), locale());
  }

  @POST
  @Path("{id}/documents")
  @Operation(
      summary =
          "Issue the deal pack of an approved request: contract and invoice together (operator, tenant admin);"
              + " numbers are taken only when both are stored")
  public Response issueDocuments(@PathParam("id") UUID id) {
    List<DocumentView> issued = documents.issueDealPack(id);
    return Response.status(Response.Status.CREATED).entity(issued).build();
  }

  @GET
  @Path("{id}/documents")
  @Operation(summary = "The documents issued for the request")
  public List<DocumentView> listDocuments(@PathParam("id") UUID id) {
    registrations.get(id);
    return documents.listForRequest(id);
  }

  @PUT
  @Path("{id}/document-language")
  @Operation(
      summary =
          "Choose the language of the contract and the invoice: ru or en (for foreign clients); until they are issued."
              + " The act and the УПД are always Russian")
  public Request chooseDocumentLanguage(@PathParam("id") UUID id, RegistrationDtos.DocumentLanguage body) {
    if (body == null || body.language() == null) {
      throw new InvalidInputException("required", "language");
    }
    if (body.version() == null) {
      throw new InvalidInputException("required", "version");
    }
    return Request.of(registrations.chooseDocumentLanguage(id, body.version(), body.language()), locale());
  }

  @PUT
  @Path("{id}/company")
  @Operation(
      summary =
          "Correct the buyer's requisites (through the requisites gate; send the version you read and a reason). Issued"
              + " documents keep theirs until their исправление is issued with POST {id}/documents/corrections")
  public Request correctCompany(@PathParam("id") UUID id, RegistrationDtos.CompanyCorrection body) {
    if (body == null || body.company() == null) {
      throw new InvalidInputException("required", "company");
    }
    if (body.version() == null) {
      throw new InvalidInputException("required", "version");
    }
    return Request.of(
        registrations.correctCompany(id, body.version(), body.company().toDomain(), body.reason()), locale());
  }

  @POST
  @Path("{id}/documents/corrections")
  @Operation(
      summary =
          "Issue the исправление of every issued document of the request (all or none), after its requisites were"
              + " corrected")
  public Response correctDocuments(@PathParam("id") UUID id, RegistrationDtos.Reason body) {
    List<DocumentView> fixes = documents.correctAllOfRequest(id, body == null ? null : body.reason());
    return Response.status(Response.Status.CREATED).entity(fixes).build();
  }

  private Locale locale() {
    return Languages.of(headers);
  }

  private static RegistrationSubmission toSubmission(Submission b) {
    List<ParticipantDetails> people =
        b.participants() == null
            ? List.of()
            : b.participants().stream()
                .map(p -> p == null ? new ParticipantDetails(null, null, null) : new ParticipantDetails(p.fullName(), p.email(), p.position()))
                .toList();
    ContactPerson contact = b.contact() == null ? null : new ContactPerson(b.contact().name(), b.contact().email(), b.contact().phone());
    return new RegistrationSubmission(
        b.eventId(), b.tariffId(), people, b.company() == null ? null : b.company().toDomain(), contact, b.lateReason(),
        b.documentLanguage());
  }

  private static RequestStatus status(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return RequestStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("request.status", field, value);
    }
  }

  private static QueueOrder order(String value) {
    try {
      return QueueOrder.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("request.order", "order", value);
    }
  }

  private static DirectoryChoice choice(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DirectoryChoice.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("request.directoryChoice", "directoryChoice", value);
    }
  }
}
