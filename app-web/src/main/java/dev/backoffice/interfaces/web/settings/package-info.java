/** Interfaces: the tenant settings screen. */
package dev.backoffice.interfaces.web.settings;
