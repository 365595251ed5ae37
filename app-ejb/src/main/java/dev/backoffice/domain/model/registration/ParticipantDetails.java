package dev.backoffice.domain.model.registration;

/** A participant as submitted. */
public record ParticipantDetails(String fullName, String email, String position) {}
