package dev.backoffice.infrastructure.persistence;

import dev.backoffice.domain.model.event.Event;
import dev.backoffice.domain.model.event.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaEventRepository implements EventRepository {

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @Override
  public Optional<Event> find(UUID id) {
    return em.createQuery("select e from Event e where e.id = :id", Event.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Event> list() {
    return em.createQuery("select e from Event e order by e.startsOn desc, e.name", Event.class).getResultList();
  }

  @Override
  public void add(Event event) {
    em.persist(event);
  }
}
