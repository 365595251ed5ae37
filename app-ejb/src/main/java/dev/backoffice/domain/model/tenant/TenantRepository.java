package dev.backoffice.domain.model.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface TenantRepository {

  Optional<Tenant> find(UUID id);

  Optional<Tenant> findBySlug(String slug);

  List<Tenant> listAll();

  long count();

  void add(Tenant tenant);
}
