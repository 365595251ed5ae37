package dev.backoffice.domain.model.event;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's events. */
public interface EventRepository {

  Optional<Event> find(UUID id);

  List<Event> list();

  void add(Event event);
}
