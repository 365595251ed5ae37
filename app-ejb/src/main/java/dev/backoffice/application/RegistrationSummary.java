package dev.backoffice.application;

import dev.backoffice.domain.model.registration.RequestSource;
import dev.backoffice.domain.model.registration.RequestStatus;
import java.time.Instant;
import java.util.UUID;

/** A line of the queue. */
public record RegistrationSummary(
    UUID id,
    UUID eventId,
    String eventName,
    String tariffName,
    String companyName,
    String inn,
    String kpp,
    int participantsCount,
    RequestSource source,
    RequestStatus status,
    Instant receivedAt,
    Instant slaDeadline,
    boolean lateException,
    boolean directoryDiffers,
    String assignee,
    long version) {}
