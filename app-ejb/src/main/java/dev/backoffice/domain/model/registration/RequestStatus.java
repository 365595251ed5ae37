package dev.backoffice.domain.model.registration;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a registration request: new → in review ⇄ needs information → approved → documents issued →
 * paid or provisionally confirmed (against a payment order copy) → confirmed; cancelled from anywhere before the end.
 */
public enum RequestStatus {
  NEW,
  IN_REVIEW,
  NEEDS_INFORMATION,
  APPROVED,
  DOCUMENTS_ISSUED,
  PROVISIONALLY_CONFIRMED,
  PAID,
  CONFIRMED,
  CANCELLED;

  public Set<RequestStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(IN_REVIEW, CANCELLED);
      case IN_REVIEW -> EnumSet.of(NEEDS_INFORMATION, APPROVED, CANCELLED);
      case NEEDS_INFORMATION -> EnumSet.of(IN_REVIEW, CANCELLED);
      case APPROVED -> EnumSet.of(IN_REVIEW, DOCUMENTS_ISSUED, CANCELLED);
      case DOCUMENTS_ISSUED -> EnumSet.of(PAID, PROVISIONALLY_CONFIRMED, CANCELLED);
      case PROVISIONALLY_CONFIRMED -> EnumSet.of(CONFIRMED, PAID, CANCELLED);
      case PAID -> EnumSet.of(CONFIRMED);
      case CONFIRMED, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
    };
  }

  public boolean canMoveTo(RequestStatus to) {
    return next().contains(to);
  }

  /** Still waiting for the back office (counts against the SLA). */
  public boolean isOpen() {
    return this == NEW || this == IN_REVIEW || this == NEEDS_INFORMATION;
  }
}
