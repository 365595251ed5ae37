package dev.backoffice.domain.requisites;

/** How bad a {@link Violation} is: an {@link #ERROR} blocks the requisites, a {@link #WARNING} does not. */
public enum Severity {
  ERROR,
  WARNING
}
