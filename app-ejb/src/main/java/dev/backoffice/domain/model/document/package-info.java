/**
 * Domain: issued documents, their gapless numbering, tenant template packs and choices, money and VAT rules. Pure
 * Java and JPA mappings only; rendering lives in infrastructure.
 */
package dev.backoffice.domain.model.document;
