package dev.backoffice.application;

import java.util.List;

/**
 * The users of one tenant.
 *
 * @param manageable true when users can be invited and roles changed here (identity from Keycloak); false for the
 *     embedded demo registry, whose users are defined in the server configuration
 */
public record TenantUsers(boolean manageable, List<TenantUserView> users) {}
