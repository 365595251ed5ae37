package dev.backoffice.application.internal;

import dev.backoffice.domain.model.audit.AuditEntry;
import dev.backoffice.domain.model.audit.AuditRepository;
import dev.backoffice.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Appends to the current tenant's audit trail inside the caller's transaction. */
@ApplicationScoped
public class AuditTrail {

  @Inject AuditRepository audit;

  @Inject TenantContext tenantContext;

  public void record(String action, String subjectType, Object subjectId, String detail) {
    audit.append(
        new AuditEntry(
            Instant.now(),
            tenantContext.callerName(),
            action,
            subjectType,
            subjectId == null ? null : subjectId.toString(),
            detail));
  }
}
