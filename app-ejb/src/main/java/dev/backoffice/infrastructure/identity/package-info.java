/** Infrastructure: the identity source adapter (Liberty's user registry today, tokens later). The only place that knows where identity comes from. */
package dev.backoffice.infrastructure.identity;
