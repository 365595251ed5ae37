/** Interfaces: the public requisites check of the REST API. */
package dev.backoffice.interfaces.rest.requisites;
