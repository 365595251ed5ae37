package dev.backoffice.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void allowsABurstUpToTheRateThenRefusesUntilTokensComeBack() {
    RateLimiter limiter = new RateLimiter(60);
    long t = 1_000 * SECOND;
    for (int i = 0; i < 60; i++) {
      assertTrue(limiter.tryAcquire("10.0.0.1", t), "request " + i);
    }
    assertFalse(limiter.tryAcquire("10.0.0.1", t), "61st in the same instant");
    assertTrue(limiter.tryAcquire("10.0.0.2", t), "another client has its own bucket");
    assertTrue(limiter.tryAcquire("10.0.0.1", t + SECOND), "one token a second at 60/min");
    assertFalse(limiter.tryAcquire("10.0.0.1", t + SECOND));
  }

  @Test
  void aFloodOfAddressesDoesNotGrowWithoutBound() {
    RateLimiter limiter = new RateLimiter(10);
    long t = 0;
    for (int i = 0; i < RateLimiter.MAX_CLIENTS + 10; i++) {
      limiter.tryAcquire("client-" + i, t);
    }
    assertTrue(limiter.tryAcquire("newcomer", t));
  }
}
