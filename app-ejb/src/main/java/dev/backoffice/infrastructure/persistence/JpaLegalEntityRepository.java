package dev.backoffice.infrastructure.persistence;

import dev.backoffice.domain.model.legalentity.LegalEntity;
import dev.backoffice.domain.model.legalentity.LegalEntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hibernate's {@code @TenantId} filter restricts every query here to the current tenant. */
@ApplicationScoped
public class JpaLegalEntityRepository implements LegalEntityRepository {

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @Override
  public Optional<LegalEntity> find(UUID id) {
    // em.find() bypasses the tenant filter when the entity is already in the persistence context of another
    // tenant's session; a query always applies it.
    return em.createQuery("select e from LegalEntity e where e.id = :id", LegalEntity.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<LegalEntity> list() {
    return em.createQuery("select e from LegalEntity e order by e.shortName, e.id", LegalEntity.class)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(e) from LegalEntity e", Long.class).getSingleResult();
  }

  @Override
  public boolean existsByInnAndKpp(String inn, String kpp, UUID exceptId) {
    return em.createQuery(
                "select count(e) from LegalEntity e where e.inn = :inn"
                    + " and ((:kpp is null and e.kpp is null) or e.kpp = :kpp)"
                    + " and (:except is null or e.id <> :except)",
                Long.class)
            .setParameter("inn", inn)
            .setParameter("kpp", kpp)
            .setParameter("except", exceptId)
            .getSingleResult()
        > 0;
  }

  @Override
  public void add(LegalEntity entity) {
    em.persist(entity);
  }

  @Override
  public void remove(LegalEntity entity) {
    em.remove(entity);
  }

  @Override
  public boolean inUse(UUID id) {
    for (String jpql :
        new String[] {
          "select count(e) from Event e where e.sellerId = :id",
          "select count(s) from DocumentSequence s where s.legalEntityId = :id",
          "select count(d) from IssuedDocument d where d.legalEntityId = :id"
        }) {
      if (em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult() > 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void flush() {
    em.flush();
  }
}
