/** Domain: the tenant's audit trail (who did what, when). Append-only, tenant-owned. */
package dev.backoffice.domain.model.audit;
