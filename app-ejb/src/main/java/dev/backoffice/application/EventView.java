package dev.backoffice.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record EventView(
    UUID id,
    String name,
    LocalDate startsOn,
    LocalDate endsOn,
    String venue,
    String timeZone,
    Instant registrationOpensAt,
    Instant registrationClosesAt,
    boolean registrationOpenNow,
    Integer capacity,
    UUID sellerId,
    List<TariffView> tariffs,
    long version) {}
