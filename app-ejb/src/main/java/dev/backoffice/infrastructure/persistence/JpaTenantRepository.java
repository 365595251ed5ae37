package dev.backoffice.infrastructure.persistence;

import dev.backoffice.domain.model.tenant.Tenant;
import dev.backoffice.domain.model.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @Override
  public Optional<Tenant> find(UUID id) {
    return Optional.ofNullable(em.find(Tenant.class, id));
  }

  @Override
  public Optional<Tenant> lock(UUID id) {
    return Optional.ofNullable(em.find(Tenant.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Tenant> findBySlug(String slug) {
    return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Tenant> listAll() {
    return em.createQuery("select t from Tenant t order by t.displayName", Tenant.class).getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult();
  }

  @Override
  public void add(Tenant tenant) {
    em.persist(tenant);
  }
}
