package dev.backoffice.application;

import java.util.Locale;
import java.util.UUID;

/** CSV import of registration requests by an operator: a preview first, then all rows or none. */
public interface RegistrationImportService {

  ImportPreview preview(UUID eventId, byte[] file, Locale locale);

  /**
   * Imports every row of the file into the event, in one transaction, or nothing when any row has a problem. The same
   * file imported twice into the same event gives the same requests (each row carries an idempotency key made of
   * the event, the file's SHA-256 and the line number).
   *
   * @return how many requests the file holds
   */
  int importAll(UUID eventId, byte[] file, Locale locale);
}
