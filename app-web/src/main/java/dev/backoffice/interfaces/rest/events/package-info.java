/** Interfaces: events and tariffs in the REST API. */
package dev.backoffice.interfaces.rest.events;
