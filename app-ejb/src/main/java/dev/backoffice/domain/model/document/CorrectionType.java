package dev.backoffice.domain.model.document;

/**
 * How a document corrects another (russian-rules.md §2.3): an исправление keeps the original's number and date and
 * carries a correction index; a корректировка is a new document with its own number pointing at the original.
 */
public enum CorrectionType {
  FIX,
  ADJUSTMENT
}
