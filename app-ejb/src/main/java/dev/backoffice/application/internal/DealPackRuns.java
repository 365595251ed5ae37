package dev.backoffice.application.internal;

import dev.backoffice.application.BulkProgress;
import dev.backoffice.application.ClosingProgress;
import dev.backoffice.domain.model.shared.DomainException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deal packs for many selected requests, in the background: one transaction per request through
 * {@link DocumentIssuer#issueDealPack}; progress for the screen that started it. Runs are kept in memory for an hour
 * after they finish.
 */
@Stateless
@DeclareRoles({Roles.TENANT_ADMIN, Roles.OPERATOR})
public class DealPackRuns {

  private static final Logger LOG = Logger.getLogger(DealPackRuns.class.getName());

  static final Map<UUID, Run> RUNS = new ConcurrentHashMap<>();

  @Inject DocumentIssuer issuer;

  @Inject TenantContext tenantContext;

  static final class Run {
    final UUID tenantId;
    final int total;
    final Instant startedAt = Instant.now();
    final AtomicInteger issued = new AtomicInteger();
    final List<ClosingProgress.Failure> refused = Collections.synchronizedList(new ArrayList<>());
    volatile boolean running = true;
    volatile Instant finishedAt;

    Run(UUID tenantId, int total) {
      this.tenantId = tenantId;
      this.total = total;
    }
  }

  /** Registers a run and returns its id; {@link #run} does the work. */
  static UUID register(UUID tenantId, int total) {
    Instant hourAgo = Instant.now().minusSeconds(3600);
    RUNS.values().removeIf(r -> !r.running && r.finishedAt != null && r.finishedAt.isBefore(hourAgo));
    UUID id = UUID.randomUUID();
    RUNS.put(id, new Run(tenantId, total));
    return id;
  }

  @Asynchronous
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(UUID runId, List<UUID> requestIds) {
    Run run = RUNS.get(runId);
    try {
      for (UUID id : requestIds) {
        try {
          issuer.issueDealPack(id);
          run.issued.incrementAndGet();
        } catch (DomainException e) {
          run.refused.add(new ClosingProgress.Failure(id, e.code(), String.valueOf(e.args())));
        } catch (EJBException e) {
          LOG.log(Level.WARNING, "Issuing the deal pack of request " + id + " failed", e);
          run.refused.add(new ClosingProgress.Failure(id, "document.failed", String.valueOf(e.getMessage())));
        }
      }
    } finally {
      run.finishedAt = Instant.now();
      run.running = false;
    }
  }

  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public BulkProgress getProgress(UUID runId) {
    UUID tenantId = tenantContext.requireTenantId();
    Run r = runId == null ? null : RUNS.get(runId);
    if (r == null || !r.tenantId.equals(tenantId)) {
      throw new RecordNotFoundException("run", runId);
    }
    return new BulkProgress(
        runId, r.total, r.issued.get(), r.running, r.startedAt, r.finishedAt, List.copyOf(r.refused));
  }
}
