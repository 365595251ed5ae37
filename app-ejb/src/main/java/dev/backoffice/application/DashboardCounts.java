package dev.backoffice.application;

/** Live counts for the current tenant's dashboard. */
public record DashboardCounts(
    String tenantName,
    long legalEntities,
    long activeLegalEntities,
    long auditEntries,
    long openRequests,
    long approvedRequests) {}
