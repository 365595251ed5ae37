package dev.backoffice.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive unless the heap is nearly exhausted after collection (then a restart is the cure). */
@Liveness
@ApplicationScoped
public class HeapLivenessCheck implements HealthCheck {

  static final double MAX_USED = 0.95;

  @Override
  public HealthCheckResponse call() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
    double used = (double) heap.getUsed() / max;
    return HealthCheckResponse.named("heap")
        .withData("usedBytes", heap.getUsed())
        .withData("maxBytes", max)
        .status(used < MAX_USED)
        .build();
  }
}
