/** Interfaces: registration requests in the REST API (intake with Idempotency-Key, queue, review). */
package dev.backoffice.interfaces.rest.registration;
