/** Domain: registration requests, their participants, status life cycle and history. Tenant-owned. */
package dev.backoffice.domain.model.registration;
