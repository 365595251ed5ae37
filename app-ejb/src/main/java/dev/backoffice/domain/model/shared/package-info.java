/** Domain: small shared value types and domain exceptions. No framework imports besides Jakarta Persistence mapping. */
package dev.backoffice.domain.model.shared;
