/** Interfaces: the rush-hour queue of registration requests and the request detail screen. */
package dev.backoffice.interfaces.web.queue;
