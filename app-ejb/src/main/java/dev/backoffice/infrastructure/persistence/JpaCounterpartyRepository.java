package dev.backoffice.infrastructure.persistence;

import dev.backoffice.domain.model.counterparty.Counterparty;
import dev.backoffice.domain.model.counterparty.CounterpartyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaCounterpartyRepository implements CounterpartyRepository {

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @Override
  public Optional<Counterparty> find(UUID id) {
    return em.createQuery("select c from Counterparty c where c.id = :id", Counterparty.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Counterparty> findByInnAndKpp(String inn, String kpp) {
    return em.createQuery("select c from Counterparty c where c.details.inn = :inn and c.kppKey = :kpp", Counterparty.class)
        .setParameter("inn", inn)
        .setParameter("kpp", Counterparty.kppKey(kpp))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Counterparty> list(int first, int max) {
    return em.createQuery("select c from Counterparty c order by c.details.fullName, c.id", Counterparty.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void add(Counterparty counterparty) {
    em.persist(counterparty);
  }

  @jakarta.inject.Inject CounterpartyRows rows;

  @Override
  public void addIfAbsent(Counterparty counterparty) {
    try {
      rows.addIfAbsent(counterparty);
    } catch (CounterpartyRows.CreatedConcurrentlyException e) {
      // the other transaction's row is there now
    }
  }
}
