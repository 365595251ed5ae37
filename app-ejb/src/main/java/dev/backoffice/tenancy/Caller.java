package dev.backoffice.tenancy;

import java.util.Optional;

/**
 * The authenticated caller as the identity source sees it.
 *
 * @param name the principal name
 * @param tenantKey the slug of the one tenant the caller is bound to; empty for platform admins and for users bound
 *     to no tenant or, wrongly, to several (fail closed: such a caller acts for no tenant)
 */
public record Caller(String name, Optional<String> tenantKey) {}
