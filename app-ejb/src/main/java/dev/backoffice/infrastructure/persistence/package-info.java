/** Infrastructure: JPA repositories, Hibernate tenant wiring, PostgreSQL row-level security setting, Flyway migrations. */
package dev.backoffice.infrastructure.persistence;
