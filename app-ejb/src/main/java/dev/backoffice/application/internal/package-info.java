/** Application layer: {@code @Stateless Default*Service} beans, the transaction, role and accounting-standard boundary. */
package dev.backoffice.application.internal;
