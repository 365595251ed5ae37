/** Interfaces: the shell screen. */
package dev.backoffice.interfaces.web.shell;
