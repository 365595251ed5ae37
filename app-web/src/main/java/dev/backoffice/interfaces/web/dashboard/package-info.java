/** Interfaces: the dashboard screen. */
package dev.backoffice.interfaces.web.dashboard;
