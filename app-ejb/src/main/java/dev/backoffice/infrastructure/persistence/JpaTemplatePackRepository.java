package dev.backoffice.infrastructure.persistence;

import dev.backoffice.domain.model.document.TemplateChoice;
import dev.backoffice.domain.model.document.TemplatePackRepository;
import dev.backoffice.domain.model.document.UploadedPack;
import dev.backoffice.plugin.api.document.DocumentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hibernate's {@code @TenantId} filter restricts every query here to the current tenant (and RLS on PostgreSQL). */
@ApplicationScoped
public class JpaTemplatePackRepository implements TemplatePackRepository {

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @Override
  public List<UploadedPack> list() {
    return em.createQuery(
            "select p from UploadedPack p order by p.packId, p.uploadedAt desc", UploadedPack.class)
        .getResultList();
  }

  @Override
  public Optional<UploadedPack> find(UUID id) {
    return em.createQuery("select p from UploadedPack p where p.id = :id", UploadedPack.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<UploadedPack> find(String packId, String packVersion) {
    return em.createQuery(
            "select p from UploadedPack p where p.packId = :p and p.packVersion = :v", UploadedPack.class)
        .setParameter("p", packId)
        .setParameter("v", packVersion)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(UploadedPack pack) {
    em.persist(pack);
    em.flush();
  }

  @Override
  public List<TemplateChoice> choices() {
    return em.createQuery("select c from TemplateChoice c order by c.kind, c.locale", TemplateChoice.class)
        .getResultList();
  }

  @Override
  public Optional<TemplateChoice> choice(DocumentKind kind, String locale) {
    return em.createQuery(
            "select c from TemplateChoice c where c.kind = :k and c.locale = :l", TemplateChoice.class)
        .setParameter("k", kind)
        .setParameter("l", locale)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(TemplateChoice choice) {
    em.persist(choice);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
