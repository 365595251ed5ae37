package dev.backoffice.application;

import java.time.Instant;
import java.util.UUID;

public record LegalEntityView(
    UUID id,
    String shortName,
    String fullName,
    String inn,
    String kpp,
    String ogrn,
    String legalAddress,
    boolean active,
    Instant createdAt,
    long version) {}
