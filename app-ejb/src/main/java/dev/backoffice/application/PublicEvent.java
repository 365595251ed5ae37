package dev.backoffice.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a visitor of the public registration page sees of an event. */
public record PublicEvent(
    String tenantName,
    String name,
    LocalDate startsOn,
    LocalDate endsOn,
    String venue,
    boolean open,
    Instant registrationClosesAt,
    List<TariffView> tariffs) {}
