/** End-to-end tests on a managed Liberty with the real EAR: in-container service tests and HTTP tests. */
package dev.backoffice.it;
