/** Domain: the counterparty directory (buyers) and the company details value object shared with requests. Tenant-owned. */
package dev.backoffice.domain.model.counterparty;
