package dev.backoffice.application;

/** The outcome of a submission: the request, and whether it was already there (same Idempotency-Key). */
public record Submitted(RegistrationDetail request, boolean replayed) {}
