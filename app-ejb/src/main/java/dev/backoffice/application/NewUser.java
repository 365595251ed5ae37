package dev.backoffice.application;

/**
 * What a tenant admin enters to invite a user.
 *
 * @param role one of the roles a tenant admin may assign: tenant-admin, operator, auditor
 * @param locale the language of the invitation e-mail and of the user's screens ({@code ru} or {@code en}); optional
 */
public record NewUser(String email, String firstName, String lastName, String role, String locale) {}
