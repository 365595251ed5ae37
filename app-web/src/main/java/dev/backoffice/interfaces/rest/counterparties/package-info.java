/** Interfaces: the counterparty directory in the REST API. */
package dev.backoffice.interfaces.rest.counterparties;
