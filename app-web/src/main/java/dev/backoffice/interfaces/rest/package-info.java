/** Interfaces: the REST API under /api/v1 ({@code *Resource}); errors are application/problem+json. */
package dev.backoffice.interfaces.rest;
