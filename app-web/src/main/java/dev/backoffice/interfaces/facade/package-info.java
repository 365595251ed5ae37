/** Interfaces: translation of application results and refusals into the user's words. */
package dev.backoffice.interfaces.facade;
