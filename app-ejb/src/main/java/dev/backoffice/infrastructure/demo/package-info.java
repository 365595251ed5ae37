/** Infrastructure: demo tenants and data for the embedded default, created on the first start when enabled. */
package dev.backoffice.infrastructure.demo;
