/**
 * The document data contract (version 1): the XML that template packs turn into XSL-FO. Templates depend on this
 * contract and its XSD only, never on the product's entities. Additive-only within a major version.
 */
package dev.backoffice.plugin.api.document;
