package dev.backoffice.application;

import dev.backoffice.domain.model.event.EventDetails;
import java.util.List;
import java.util.UUID;

/** The tenant's events and tariffs. Tenant admins create them; everyone in the tenant reads them. */
public interface EventService {

  List<EventView> list();

  EventView get(UUID id);

  EventView create(EventDetails details);
}
