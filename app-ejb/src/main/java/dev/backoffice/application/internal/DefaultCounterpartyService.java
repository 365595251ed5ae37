package dev.backoffice.application.internal;

import dev.backoffice.application.CounterpartyService;
import dev.backoffice.application.CounterpartyView;
import dev.backoffice.domain.model.counterparty.Counterparty;
import dev.backoffice.domain.model.counterparty.CounterpartyRepository;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

@Stateless
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
public class DefaultCounterpartyService implements CounterpartyService {

  @Inject CounterpartyRepository counterparties;

  @Inject TenantContext tenantContext;

  @Override
  public List<CounterpartyView> list(int first, int max) {
    tenantContext.requireTenantId();
    return counterparties.list(Math.max(0, first), Math.max(1, Math.min(max, 200))).stream().map(DefaultCounterpartyService::view).toList();
  }

  @Override
  public CounterpartyView get(UUID id) {
    tenantContext.requireTenantId();
    return counterparties.find(id).map(DefaultCounterpartyService::view).orElseThrow(() -> new RecordNotFoundException("counterparty", id));
  }

  static CounterpartyView view(Counterparty c) {
    return new CounterpartyView(c.id(), c.details(), c.version());
  }
}
