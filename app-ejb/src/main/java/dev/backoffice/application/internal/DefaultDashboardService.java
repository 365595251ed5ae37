package dev.backoffice.application.internal;

import dev.backoffice.application.AuditEntryView;
import dev.backoffice.application.DashboardCounts;
import dev.backoffice.application.DashboardService;
import dev.backoffice.domain.model.audit.AuditRepository;
import dev.backoffice.domain.model.legalentity.LegalEntity;
import dev.backoffice.domain.model.legalentity.LegalEntityRepository;
import dev.backoffice.domain.model.registration.RegistrationRequestRepository;
import dev.backoffice.domain.model.registration.RequestStatus;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import dev.backoffice.tenancy.TenantRef;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
public class DefaultDashboardService implements DashboardService {

  @Inject TenantContext tenantContext;

  @Inject LegalEntityRepository legalEntities;

  @Inject AuditRepository audit;

  @Inject RegistrationRequestRepository registrations;

  @Override
  public DashboardCounts counts() {
    TenantRef tenant =
        tenantContext.currentTenant().orElseThrow(() -> new dev.backoffice.tenancy.NoTenantException("no tenant"));
    List<LegalEntity> all = legalEntities.list();
    long active = all.stream().filter(LegalEntity::active).count();
    Map<RequestStatus, Long> requests = registrations.countsByStatus();
    long open =
        requests.entrySet().stream().filter(e -> e.getKey().isOpen()).mapToLong(Map.Entry::getValue).sum();
    return new DashboardCounts(
        tenant.displayName(), all.size(), active, audit.count(), open, requests.getOrDefault(RequestStatus.APPROVED, 0L));
  }

  @Override
  public List<AuditEntryView> latestActivity(int max) {
    tenantContext.requireTenantId();
    return audit.latest(Math.max(1, Math.min(max, 100))).stream()
        .map(
            a ->
                new AuditEntryView(
                    a.occurredAt(), a.actor(), a.action(), a.subjectType(), a.subjectId(), a.detail()))
        .toList();
  }
}
