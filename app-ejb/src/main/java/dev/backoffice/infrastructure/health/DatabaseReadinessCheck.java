package dev.backoffice.infrastructure.health;

import dev.backoffice.infrastructure.persistence.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers (within 3 s) and the schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  static final int TIMEOUT_SECONDS = 3;

  @Resource(lookup = "jdbc/backoffice")
  DataSource dataSource;

  @Inject SchemaMigrator migrator;

  public DatabaseReadinessCheck() {}

  DatabaseReadinessCheck(DataSource dataSource, SchemaMigrator migrator) {
    this.dataSource = dataSource;
    this.migrator = migrator;
  }

  /** What the check found: whether it is ready, which database answered, or why not. */
  record Probe(boolean up, boolean schemaMigrated, String database, String error) {}

  @Override
  public HealthCheckResponse call() {
    Probe p = probe();
    HealthCheckResponseBuilder b =
        HealthCheckResponse.named("database").status(p.up()).withData("schemaMigrated", p.schemaMigrated());
    if (p.database() != null) {
      b.withData("database", p.database());
    }
    if (p.error() != null) {
      b.withData("error", p.error());
    }
    return b.build();
  }

  Probe probe() {
    boolean migrated = migrator != null && migrator.isMigrated();
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(TIMEOUT_SECONDS);
      return new Probe(valid && migrated, migrated, c.getMetaData().getDatabaseProductName(), valid ? null : "connection not valid");
    } catch (SQLException | RuntimeException e) {
      return new Probe(false, migrated, null, String.valueOf(e.getMessage()));
    }
  }
}
