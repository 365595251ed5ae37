/** Application layer: use-case service interfaces, commands and views they return. Never imports interfaces or infrastructure. */
package dev.backoffice.application;
