package dev.backoffice.domain.model.registration;

/** How the queue is sorted. */
public enum QueueOrder {
  /** Nearest SLA deadline first (the rush-hour default). */
  DEADLINE,
  /** Newest first. */
  RECEIVED_DESC,
  /** By company name. */
  COMPANY
}
