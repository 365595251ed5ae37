/** Domain: a tenant's seller legal entities, the parties that issue contracts and closing documents. Tenant-owned. */
package dev.backoffice.domain.model.legalentity;
