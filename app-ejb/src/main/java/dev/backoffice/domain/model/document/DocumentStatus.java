package dev.backoffice.domain.model.document;

/**
 * An issued document stays issued, is cancelled, or is replaced by its исправление (CORRECTED: the correction carries
 * the same number with the next correction index). Either way it keeps its number and its PDF.
 */
public enum DocumentStatus {
  ISSUED,
  CANCELLED,
  CORRECTED
}
