package dev.backoffice.application;

import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.registration.QueueFilter;
import dev.backoffice.domain.model.registration.QueueOrder;
import dev.backoffice.domain.model.registration.RequestSource;
import dev.backoffice.domain.model.registration.RequestStatus;
import java.util.UUID;

/** Registration requests: intake from every channel, the queue, review and approval. */
public interface RegistrationService {

  /**
   * Stores a request (or, with an idempotency key seen before for the same request, returns that one). Refuses
   * requisites that fail the gate, unknown events and tariffs, and requests outside the registration window unless
   * a late exception reason is given.
   */
  Submitted submit(RegistrationSubmission submission, RequestSource source, String idempotencyKey);

  /** The request stored earlier with this key (after a concurrent submission won the race). */
  Submitted replay(RegistrationSubmission submission, String idempotencyKey);

  RegistrationDetail get(UUID id);

  QueuePage queue(QueueFilter filter, QueueOrder order, int first, int max);

  RegistrationDetail moveTo(UUID id, long expectedVersion, RequestStatus to, String comment);

  RegistrationDetail approve(UUID id, long expectedVersion, DirectoryChoice choice, String comment);

  RegistrationDetail take(UUID id);

  /** Assigns the request to an operator (by user name), or unassigns it with null. */
  RegistrationDetail assign(UUID id, String assignee);

  RegistrationDetail comment(UUID id, String text);

  /**
   * Replaces the buyer's details with corrected ones (through the requisites gate; the reason and every changed field
   * go into the history); an approved request's directory entry follows. Issued documents keep their details until
   * their исправление is issued ({@link DocumentService#correctAllOfRequest}).
   */
  /** Chooses the language of the contract and the invoice ({@code ru}, {@code en}) until they are issued. */
  RegistrationDetail chooseDocumentLanguage(UUID id, long expectedVersion, String language);

  RegistrationDetail correctCompany(UUID id, long expectedVersion, CompanyDetails corrected, String reason);
}
