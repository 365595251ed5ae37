/** Tenancy: who the caller is and which tenant they act for, resolved from the authenticated identity only (never from request data). */
package dev.backoffice.tenancy;
