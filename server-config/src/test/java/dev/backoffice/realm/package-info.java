/** Unit tests of the Keycloak realm files in src/main/keycloak (no server needed). */
package dev.backoffice.realm;
