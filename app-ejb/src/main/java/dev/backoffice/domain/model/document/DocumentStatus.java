package dev.backoffice.domain.model.document;

/** An issued document stays issued or is cancelled; a cancelled document keeps its number and its PDF. */
public enum DocumentStatus {
  ISSUED,
  CANCELLED
}
