/** Infrastructure: adapters at the edge (JPA, Hibernate tenancy, Flyway, identity source, health, demo data). */
package dev.backoffice.infrastructure;
