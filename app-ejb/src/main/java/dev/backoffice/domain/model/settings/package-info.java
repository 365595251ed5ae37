/** Domain: per-tenant settings (service level: how fast a request must get its contract and invoice, counted in working hours). */
package dev.backoffice.domain.model.settings;
