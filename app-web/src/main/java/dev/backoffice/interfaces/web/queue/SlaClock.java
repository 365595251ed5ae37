package dev.backoffice.interfaces.web.queue;

import dev.backoffice.domain.model.registration.RequestStatus;
import java.time.Duration;
import java.time.Instant;

/** How an SLA deadline looks on screen: time left, and a colour that warms up as it runs out. */
public final class SlaClock {

  private SlaClock() {}

  /** "ok", "warning" (under a quarter of the SLA left), "late" (past), or "done" (no longer waiting). */
  public static String state(RequestStatus status, Instant received, Instant deadline, Instant now) {
    if (!status.isOpen() || deadline == null) {
      return "done";
    }
    if (!now.isBefore(deadline)) {
      return "late";
    }
    Duration total = Duration.between(received, deadline);
    Duration left = Duration.between(now, deadline);
    return left.multipliedBy(4).compareTo(total) < 0 ? "warning" : "ok";
  }

  /** "1 h 05 min", "12 min", "−0 h 20 min" when overdue; empty when no longer waiting. */
  public static String left(RequestStatus status, Instant deadline, Instant now) {
    if (!status.isOpen() || deadline == null) {
      return "";
    }
    Duration d = Duration.between(now, deadline);
    boolean late = d.isNegative();
    d = d.abs();
    long h = d.toHours();
    long m = d.toMinutesPart();
    String text = h > 0 ? h + " h " + String.format("%02d", m) + " min" : m + " min";
    return late ? "−" + text : text;
  }
}
