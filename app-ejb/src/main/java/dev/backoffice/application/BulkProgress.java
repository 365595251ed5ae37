package dev.backoffice.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bulk issue of deal packs going on in the background: how many requests it has, how many are done (issued or
 * refused), which were refused and why. A run lives in the server that started it; requests it issued have moved to
 * "documents issued", so selecting the approved ones again resumes an interrupted run.
 */
public record BulkProgress(
    UUID runId, int total, int issued, boolean running, Instant startedAt, Instant finishedAt,
    List<ClosingProgress.Failure> refused) {

  public int done() {
    return issued + refused.size();
  }

  public int percent() {
    return total == 0 ? 100 : Math.min(100, done() * 100 / total);
  }
}
