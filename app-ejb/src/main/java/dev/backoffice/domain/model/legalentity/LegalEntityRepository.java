package dev.backoffice.domain.model.legalentity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's legal entities; another tenant's rows are invisible here. */
public interface LegalEntityRepository {

  Optional<LegalEntity> find(UUID id);

  List<LegalEntity> list();

  long count();

  boolean existsByInnAndKpp(String inn, String kpp, UUID exceptId);

  void add(LegalEntity entity);

  void remove(LegalEntity entity);

  /** Sells an event or has numbered or issued documents: then it stays (it can be deactivated). */
  boolean inUse(UUID id);

  /** Writes pending changes now, so that versions and constraint violations are known before the view is built. */
  void flush();
}
