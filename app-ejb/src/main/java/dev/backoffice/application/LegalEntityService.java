package dev.backoffice.application;

import dev.backoffice.domain.model.legalentity.LegalEntityDetails;
import java.util.List;
import java.util.UUID;

/** The current tenant's seller legal entities. Tenant admins change them; operators and auditors read them. */
public interface LegalEntityService {

  List<LegalEntityView> list();

  LegalEntityView get(UUID id);

  long count();

  LegalEntityView create(LegalEntityDetails details);

  LegalEntityView update(UUID id, long expectedVersion, LegalEntityDetails details);

  LegalEntityView setActive(UUID id, boolean active);

  void delete(UUID id);
}
