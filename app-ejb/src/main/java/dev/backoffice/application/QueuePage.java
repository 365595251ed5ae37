package dev.backoffice.application;

import dev.backoffice.domain.model.registration.RequestStatus;
import java.util.List;
import java.util.Map;

/** A page of the queue with the total for the filter and the counters per status. */
public record QueuePage(List<RegistrationSummary> items, long total, Map<RequestStatus, Long> countsByStatus) {}
