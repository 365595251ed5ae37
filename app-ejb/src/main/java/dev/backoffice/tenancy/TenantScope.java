package dev.backoffice.tenancy;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Runs work for an explicit tenant where no user is on the thread: timers, batch steps, executors, demo data.
 *
 * <p>Hibernate binds the tenant when the persistence context opens, i.e. at the first use of the EntityManager in a
 * transaction. So the work passed here must start its own transaction (call a {@code REQUIRES_NEW} business method),
 * not join one that has already touched the database.
 */
public final class TenantScope {

  private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

  private TenantScope() {}

  public static <T> T runAs(UUID tenantId, Callable<T> work) throws Exception {
    Objects.requireNonNull(tenantId, "tenantId");
    UUID previous = CURRENT.get();
    CURRENT.set(tenantId);
    try {
      return work.call();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  public static void runAs(UUID tenantId, Runnable work) {
    try {
      runAs(
          tenantId,
          () -> {
            work.run();
            return null;
          });
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The explicitly scoped tenant on this thread, or null. */
  static UUID scopedTenant() {
    return CURRENT.get();
  }
}
