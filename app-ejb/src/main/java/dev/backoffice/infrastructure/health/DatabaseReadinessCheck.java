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

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("database");
    boolean migrated = migrator != null && migrator.isMigrated();
    b.withData("schemaMigrated", migrated);
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(TIMEOUT_SECONDS);
      b.withData("database", c.getMetaData().getDatabaseProductName());
      return b.status(valid && migrated).build();
    } catch (SQLException | RuntimeException e) {
      return b.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
