package dev.backoffice.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets per client address for the public endpoints: {@code backoffice.public-api.rate-per-minute} requests
 * a minute with bursts of the same size. In memory, per server: with N servers a client gets at most N times the
 * rate, which is what this guard is for (stopping floods and scraping), not exact quotas. The number of tracked
 * clients is bounded so that a flood of addresses cannot exhaust the heap.
 */
@ApplicationScoped
public class RateLimiter {

  static final int MAX_CLIENTS = 100_000;

  private record Bucket(double tokens, long updatedNanos) {}

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  @Inject
  @ConfigProperty(name = "backoffice.public-api.rate-per-minute", defaultValue = "120")
  int ratePerMinute;

  public RateLimiter() {}

  RateLimiter(int ratePerMinute) {
    this.ratePerMinute = ratePerMinute;
  }

  /** Takes one token for this client; false when the client is over its rate. */
  public boolean tryAcquire(String client) {
    return tryAcquire(client, System.nanoTime());
  }

  boolean tryAcquire(String client, long now) {
    if (buckets.size() >= MAX_CLIENTS) {
      evictIdle(now);
    }
    boolean[] granted = new boolean[1];
    buckets.compute(
        client,
        (k, b) -> {
          double capacity = ratePerMinute;
          double tokens = b == null ? capacity : Math.min(capacity, b.tokens + (now - b.updatedNanos) * capacity / 60e9);
          granted[0] = tokens >= 1;
          return new Bucket(granted[0] ? tokens - 1 : tokens, now);
        });
    return granted[0];
  }

  /** Seconds until this client has a token again (for Retry-After). */
  public long retryAfterSeconds() {
    return Math.max(1, (long) Math.ceil(60.0 / Math.max(1, ratePerMinute)));
  }

  private void evictIdle(long now) {
    long idle = 60_000_000_000L;
    for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
      if (now - it.next().getValue().updatedNanos > idle) {
        it.remove();
      }
    }
    if (buckets.size() >= MAX_CLIENTS) {
      buckets.clear();
    }
  }
}
