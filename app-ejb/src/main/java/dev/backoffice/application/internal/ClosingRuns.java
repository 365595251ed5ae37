package dev.backoffice.application.internal;

import dev.backoffice.application.ClosingProgress;
import dev.backoffice.domain.model.document.DocumentRepository;
import dev.backoffice.domain.model.registration.RegistrationRequestRepository;
import dev.backoffice.domain.model.shared.DomainException;
import dev.backoffice.plugin.api.document.DocumentKind;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk issuing of closing documents for an event, in the background: one transaction per request through
 * {@link DocumentIssuer#issueClosing}, which skips requests that already have their act — so a run is idempotent,
 * resumable after a crash (start it again), and safe when two servers run it at once (the request row lock and the
 * unique deal key decide). Progress comes from the database; only "running" and the failures live in memory.
 */
@Stateless
@DeclareRoles({Roles.TENANT_ADMIN, Roles.OPERATOR})
public class ClosingRuns {

  private static final Logger LOG = Logger.getLogger(ClosingRuns.class.getName());

  /** How often a run looks again for requests paid while it was going on. */
  static final int MAX_PASSES = 5;

  /** Runs going on in this server, by tenant and event. */
  static final Map<String, RunState> RUNS = new ConcurrentHashMap<>();

  @Inject DocumentIssuer issuer;

  @Inject RegistrationRequestRepository requests;

  @Inject DocumentRepository documents;

  @Inject TenantContext tenantContext;

  static final class RunState {
    volatile boolean running = true;
    final Instant startedAt = Instant.now();
    volatile Instant finishedAt;
    final List<ClosingProgress.Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
  }

  static String key(UUID tenantId, UUID eventId) {
    return tenantId + ":" + eventId;
  }

  /** Claims the run for this event in this server; false when one is already going on. */
  static boolean claim(UUID tenantId, UUID eventId) {
    String key = key(tenantId, eventId);
    RunState fresh = new RunState();
    RunState prev = RUNS.putIfAbsent(key, fresh);
    if (prev == null) {
      return true;
    }
    if (!prev.running && RUNS.replace(key, prev, fresh)) {
      return true;
    }
    return false;
  }

  @Asynchronous
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(UUID tenantId, UUID eventId) {
    RunState state = RUNS.get(key(tenantId, eventId));
    try {
      // Money keeps arriving while a run goes on (a bank statement imported meanwhile): after each pass the run looks
      // again for paid requests it has not seen, so it ends with every request paid by then (a few passes at most).
      java.util.Set<UUID> seen = new java.util.HashSet<>();
      for (int pass = 0; pass < MAX_PASSES; pass++) {
        List<UUID> ids = issuer.paidRequestIds(eventId).stream().filter(seen::add).toList();
        if (ids.isEmpty()) {
          break;
        }
        if (pass > 0) {
          int more = ids.size();
          int round = pass + 1;
          LOG.info(() -> "Closing run of event " + eventId + ": " + more + " more paid request(s) on pass " + round);
        }
        for (UUID id : ids) {
          try {
            issuer.issueClosing(id);
          } catch (DomainException e) {
            state.failures.add(new ClosingProgress.Failure(id, e.code(), String.valueOf(e.args())));
          } catch (EJBException e) {
            LOG.log(Level.WARNING, "Closing documents of request " + id + " failed", e);
            state.failures.add(new ClosingProgress.Failure(id, "document.failed", String.valueOf(e.getMessage())));
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The closing run of event " + eventId + " stopped", e);
      state.failures.add(new ClosingProgress.Failure(null, "document.failed", String.valueOf(e.getMessage())));
    } finally {
      state.finishedAt = Instant.now();
      state.running = false;
    }
  }

  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public ClosingProgress getProgress(UUID eventId) {
    UUID tenantId = tenantContext.requireTenantId();
    long paid = requests.countOfEvent(eventId, DocumentIssuer.PAID);
    long issued = documents.countForEvent(eventId, DocumentKind.ACT);
    RunState s = RUNS.get(key(tenantId, eventId));
    return new ClosingProgress(
        eventId,
        paid,
        issued,
        s != null && s.running,
        s == null ? null : s.startedAt,
        s == null ? null : s.finishedAt,
        s == null ? List.of() : List.copyOf(s.failures));
  }
}
