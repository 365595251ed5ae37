/**
 * The Backoffice plugin API: the only types a template pack or a registration integration may depend on.
 *
 * <p>Versioning: this package follows semantic versioning through {@link dev.backoffice.plugin.api.PluginApi#VERSION}.
 * Within a major version the API is additive only (new record components get defaults, new interface methods
 * are {@code default}); anything else is a new major version, and the host refuses plugins that declare a major
 * version it does not speak. Nothing here may depend on anything outside the JDK.
 */
package dev.backoffice.plugin.api;
