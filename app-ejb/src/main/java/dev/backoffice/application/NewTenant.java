package dev.backoffice.application;

/** What the platform admin enters to create a tenant. */
public record NewTenant(String slug, String displayName, String legalName) {}
