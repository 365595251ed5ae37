package dev.backoffice.infrastructure.persistence;

import dev.backoffice.domain.model.settings.TenantSettings;
import dev.backoffice.domain.model.settings.TenantSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaTenantSettingsRepository implements TenantSettingsRepository {

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @Override
  public Optional<TenantSettings> current() {
    return em.createQuery("select s from TenantSettings s", TenantSettings.class).getResultStream().findFirst();
  }

  @Override
  public void add(TenantSettings settings) {
    em.persist(settings);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
