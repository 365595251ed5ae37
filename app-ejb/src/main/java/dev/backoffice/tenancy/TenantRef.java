package dev.backoffice.tenancy;

import java.util.UUID;

/** What tenancy needs to know of a tenant: its id, slug, name and whether it is active. */
public record TenantRef(UUID id, String slug, String displayName, boolean active) {}
