/** Interfaces: the legal entities screen. */
package dev.backoffice.interfaces.web.legalentities;
