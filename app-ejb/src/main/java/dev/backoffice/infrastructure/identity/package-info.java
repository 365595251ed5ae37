/**
 * Infrastructure: the identity source adapters (Liberty's user registry, Keycloak tokens), selected by
 * {@code backoffice.identity}. The only place that knows where identity comes from.
 */
package dev.backoffice.infrastructure.identity;
