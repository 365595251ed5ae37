/** Interfaces: the users of the caller's tenant in the REST API (tenant admins manage, auditors read). */
package dev.backoffice.interfaces.rest.users;
