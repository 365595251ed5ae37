/** Interfaces: tenant settings in the REST API. */
package dev.backoffice.interfaces.rest.settings;
