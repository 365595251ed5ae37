/** Interfaces: PrimeFaces screen beans ({@code *View}), one per screen; screen state only. */
package dev.backoffice.interfaces.web;
