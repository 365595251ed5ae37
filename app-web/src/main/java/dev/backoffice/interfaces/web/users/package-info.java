/** Interfaces: the users screen (the tenant's users and roles; tenant admins invite and change roles). */
package dev.backoffice.interfaces.web.users;
