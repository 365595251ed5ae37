/** Infrastructure: reading registration requests from CSV files and writing CSV safely; no JPA, no Faces. */
package dev.backoffice.infrastructure.csv;
