/** Domain: the tenant aggregate (a client firm). Platform-owned, not tenant-owned; managed by the platform admin only. */
package dev.backoffice.domain.model.tenant;
