package dev.backoffice.interfaces.rest.settings;

import dev.backoffice.application.ServiceLevel;
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

/** The tenant's service level for registration requests (SLA in working minutes and the working time). */
@Path("settings/service-level")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceLevelResource {

  @Inject TenantSettingsService settings;

  @GET
  @Operation(summary = "The service level: SLA in working minutes, working days (MONDAY…), day start and end, time zone")
  public ServiceLevel get() {
    return settings.currentServiceLevel();
  }

  @PUT
  @Operation(summary = "Change the service level (tenant admin); send the version you read")
  public ServiceLevel put(ServiceLevel body) {
    return settings.changeServiceLevel(body);
  }
}
