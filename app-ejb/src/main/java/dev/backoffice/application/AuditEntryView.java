package dev.backoffice.application;

import java.time.Instant;

public record AuditEntryView(Instant occurredAt, String actor, String action, String subjectType, String subjectId, String detail) {}
