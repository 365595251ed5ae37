/** Interfaces: issued documents and template packs in the REST API. */
package dev.backoffice.interfaces.rest.documents;
