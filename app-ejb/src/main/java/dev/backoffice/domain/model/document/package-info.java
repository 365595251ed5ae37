/** Domain: money on documents (VAT lines and totals, amounts in words, number formats). Pure Java plus ICU4J; no Jakarta, no JPA. */
package dev.backoffice.domain.model.document;
