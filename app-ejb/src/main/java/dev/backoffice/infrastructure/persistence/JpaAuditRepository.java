package dev.backoffice.infrastructure.persistence;

import dev.backoffice.domain.model.audit.AuditEntry;
import dev.backoffice.domain.model.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @Override
  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public long count() {
    return em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
  }

  @Override
  public List<AuditEntry> latest(int max) {
    return em.createQuery("select a from AuditEntry a order by a.occurredAt desc, a.id", AuditEntry.class)
        .setMaxResults(max)
        .getResultList();
  }
}
