package dev.backoffice.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Closing documents of an event: how many paid requests it has, how many already have their act and УПД, whether a
 * run is going on now, and the requests a run could not issue with the reason. Counted from the database, so a run
 * that a crash interrupted shows what it did and can simply be started again.
 */
public record ClosingProgress(
    UUID eventId,
    long paid,
    long issued,
    boolean running,
    Instant startedAt,
    Instant finishedAt,
    List<Failure> failures) {

  public long remaining() {
    return Math.max(0, paid - issued);
  }

  public int percent() {
    return paid == 0 ? 100 : (int) Math.min(100, issued * 100 / paid);
  }

  /** A request the run could not issue, and why (an error code of the messages). */
  public record Failure(UUID requestId, String code, String detail) {}
}
