/** Domain: events (conferences) and their tariffs; the seller legal entity issues the documents of an event. Tenant-owned. */
package dev.backoffice.domain.model.event;
