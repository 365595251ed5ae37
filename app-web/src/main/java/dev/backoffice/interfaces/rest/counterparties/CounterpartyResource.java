package dev.backoffice.interfaces.rest.counterparties;

import dev.backoffice.application.CounterpartyService;
import dev.backoffice.application.CounterpartyView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tenant's counterparty directory (read-only here: approvals create and update entries). */
@Path("counterparties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CounterpartyResource {

  @Inject CounterpartyService counterparties;

  @GET
  @Operation(summary = "The directory, by name, a page at a time (max 200)")
  public List<CounterpartyView> list(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
    return counterparties.list(first, max);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One counterparty; another tenant's id answers 404")
  public CounterpartyView get(@PathParam("id") UUID id) {
    return counterparties.get(id);
  }
}
