package dev.backoffice.application;

/**
 * The result of inviting a user (or resending the invitation).
 *
 * @param invitationSent false when the identity provider could not send the e-mail; the user exists all the same and
 *     the invitation can be sent again
 */
public record Invitation(TenantUserView user, boolean invitationSent) {}
