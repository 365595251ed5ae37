package dev.backoffice.domain.model.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface TenantRepository {

  Optional<Tenant> find(UUID id);

  Optional<Tenant> findBySlug(String slug);

  /** The tenant's row, locked for update until the transaction ends (serialises changes across servers). */
  Optional<Tenant> lock(UUID id);

  List<Tenant> listAll();

  long count();

  void add(Tenant tenant);
}
