/** Interfaces: the tenants screen. */
package dev.backoffice.interfaces.web.tenants;
