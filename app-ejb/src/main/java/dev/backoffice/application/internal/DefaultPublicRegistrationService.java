package dev.backoffice.application.internal;

import dev.backoffice.application.PublicEvent;
import dev.backoffice.application.PublicRegistrationService;
import dev.backoffice.application.RegistrationSubmission;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.tenancy.TenantDirectory;
import dev.backoffice.tenancy.TenantRef;
import dev.backoffice.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Resolves the tenant named by the public page and runs the work as that tenant. No transaction here: the worker
 * opens one per call after the tenant is bound, so Hibernate and row-level security see the right tenant.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultPublicRegistrationService implements PublicRegistrationService {

  @Inject TenantDirectory directory;

  @Inject PublicIntakeWorker worker;

  @Override
  public PublicEvent event(String tenantSlug, UUID eventId) {
    TenantRef tenant = tenant(tenantSlug);
    if (eventId == null) {
      throw new RecordNotFoundException("event", null);
    }
    return call(tenant, () -> worker.event(tenant.displayName(), eventId));
  }

  @Override
  public UUID submit(String tenantSlug, RegistrationSubmission submission) {
    TenantRef tenant = tenant(tenantSlug);
    if (submission == null || submission.eventId() == null) {
      throw new InvalidInputException("required", "eventId");
    }
    return call(tenant, () -> worker.submit(submission));
  }

  private TenantRef tenant(String slug) {
    if (slug == null || slug.length() > 40) {
      throw new RecordNotFoundException("tenant", slug);
    }
    return directory.bySlug(slug.strip()).filter(TenantRef::active).orElseThrow(() -> new RecordNotFoundException("tenant", slug));
  }

  private static <T> T call(TenantRef tenant, java.util.concurrent.Callable<T> work) {
    try {
      return TenantScope.runAs(tenant.id(), work);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
