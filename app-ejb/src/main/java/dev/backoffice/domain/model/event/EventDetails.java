package dev.backoffice.domain.model.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An event as entered. Registration opens and closes at local times in the event's time zone (what the organiser
 * announces), stored as instants.
 */
public record EventDetails(
    String name,
    LocalDate startsOn,
    LocalDate endsOn,
    String venue,
    String timeZone,
    LocalDateTime registrationOpens,
    LocalDateTime registrationCloses,
    Integer capacity,
    UUID sellerId,
    List<TariffDetails> tariffs) {}
