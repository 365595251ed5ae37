package dev.backoffice.application;

import java.util.UUID;

/**
 * The public registration page: no login. The tenant is named by the page's address (its slug) — the one place
 * where a tenant does not come from credentials — and only that tenant's event can be registered for. No late
 * exceptions here. Callers rate-limit and filter bots before calling.
 */
public interface PublicRegistrationService {

  /** The event as the page shows it; an unknown tenant, an inactive one or another tenant's event is not found. */
  PublicEvent event(String tenantSlug, UUID eventId);

  /** Stores the request (source FORM) and returns its id. */
  UUID submit(String tenantSlug, RegistrationSubmission submission);
}
