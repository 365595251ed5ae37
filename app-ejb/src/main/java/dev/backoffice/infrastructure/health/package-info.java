/** Infrastructure: MicroProfile Health checks. */
package dev.backoffice.infrastructure.health;
