package dev.backoffice.interfaces.rest.events;

import dev.backoffice.application.ClosingProgress;
import dev.backoffice.application.DocumentService;
import dev.backoffice.application.EventService;
import dev.backoffice.application.EventView;
import dev.backoffice.domain.model.event.EventDetails;
import dev.backoffice.domain.model.event.TariffDetails;
import dev.backoffice.domain.model.event.VatMode;
import dev.backoffice.domain.model.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tenant's events with their tariffs. */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

  /** A tariff: price in rubles (exact decimal), VAT mode, and the legal reason when it is WITHOUT_VAT. */
  public record TariffRequest(String name, BigDecimal price, VatMode vatMode, String vatExemptionReason) {}

  /**
   * An event; registration opens and closes at local date-times in {@code timeZone} (e.g. Europe/Moscow).
   */
  public record EventRequest(
      String name,
      LocalDate startsOn,
      LocalDate endsOn,
      String venue,
      String timeZone,
      LocalDateTime registrationOpens,
      LocalDateTime registrationCloses,
      Integer capacity,
      UUID sellerId,
      List<TariffRequest> tariffs) {}

  @Inject DocumentService documents;

  @Inject EventService events;

  @GET
  @Operation(summary = "The tenant's events with their tariffs")
  public List<EventView> list() {
    return events.list();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One event; another tenant's id answers 404")
  public EventView get(@PathParam("id") UUID id) {
    return events.get(id);
  }

  @POST
  @Operation(summary = "Create an event with its tariffs (tenant admin)")
  public Response create(EventRequest body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException("required", "name");
    }
    List<TariffDetails> tariffs =
        body.tariffs() == null
            ? List.of()
            : body.tariffs().stream()
                .map(t -> t == null ? new TariffDetails(null, null, null, null) : new TariffDetails(t.name(), t.price(), t.vatMode(), t.vatExemptionReason()))
                .toList();
    EventView created =
        events.create(
            new EventDetails(
                body.name(),
                body.startsOn(),
                body.endsOn(),
                body.venue(),
                body.timeZone(),
                body.registrationOpens(),
                body.registrationCloses(),
                body.capacity(),
                body.sellerId(),
                tariffs));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
  }

  @POST
  @Path("{id}/closing-documents")
  @Operation(
      summary =
          "Issue the act and the UPD for every paid request of the event that has none yet (background; operator,"
              + " tenant admin). Starting again resumes; each document is issued once")
  public Response startClosing(@PathParam("id") UUID id) {
    return Response.accepted(documents.startClosing(id)).build();
  }

  @GET
  @Path("{id}/closing-documents")
  @Operation(summary = "Progress of the closing documents of the event: paid requests, issued, running, failures")
  public ClosingProgress closingProgress(@PathParam("id") UUID id) {
    return documents.getClosingProgress(id);
  }
}
