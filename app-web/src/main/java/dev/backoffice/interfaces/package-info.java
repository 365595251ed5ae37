/** Interfaces layer: screens, REST resources and facades. Calls application services only; never writes entities. */
package dev.backoffice.interfaces;
