package dev.backoffice.application;

import java.time.Instant;
import java.util.UUID;

public record TenantView(
    UUID id, String slug, String displayName, String legalName, boolean active, Instant createdAt, long version) {}
