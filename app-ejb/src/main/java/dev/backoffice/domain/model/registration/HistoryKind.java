package dev.backoffice.domain.model.registration;

/** What a history entry records. */
public enum HistoryKind {
  RECEIVED,
  STATUS,
  COMMENT,
  ASSIGNED,
  DIRECTORY_CHOICE,
  LATE_EXCEPTION,
  REQUISITES_CORRECTED
}
