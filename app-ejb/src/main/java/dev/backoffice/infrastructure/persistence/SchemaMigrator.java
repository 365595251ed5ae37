package dev.backoffice.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and evolves the schema with Flyway at start-up, before anything else touches the database. Migrations run
 * as the owner role ({@code jdbc/backofficeMigration}); on PostgreSQL the application role
 * ({@code jdbc/backoffice}) is checked to be neither superuser, BYPASSRLS nor the owner, otherwise the application
 * refuses to start: row-level security would not protect anything. Several servers starting at once are safe:
 * Flyway serialises them with a database lock.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "jdbc/backofficeMigration")
  DataSource migrationDataSource;

  @Resource(lookup = "jdbc/backoffice")
  DataSource appDataSource;

  private volatile boolean migrated;
  private volatile String vendor;

  @PostConstruct
  void migrate() {
    try {
      vendor = vendorOf(migrationDataSource);
      String appRole = "";
      if ("postgresql".equals(vendor)) {
        appRole = checkApplicationRole();
      }
      List<String> locations = List.of("db/migration/common", "db/migration/" + vendor);
      Flyway flyway =
          Flyway.configure(SchemaMigrator.class.getClassLoader())
              .dataSource(migrationDataSource)
              .resourceProvider(new IndexedMigrationResources(SchemaMigrator.class.getClassLoader(), locations))
              // SQL migrations only, all from the index: no class-path scanning (it cannot see into the EAR)
              .javaMigrationClassProvider(List::of)
              .callbackLocations(new String[0])
              .placeholders(Map.of("appRole", appRole))
              .baselineOnMigrate(false)
              .cleanDisabled(true)
              .validateMigrationNaming(true)
              .load();
      MigrateResult result = flyway.migrate();
      migrated = true;
      LOG.info(
          () ->
              "Database schema ("
                  + vendor
                  + ") is at version "
                  + (flyway.info().current() == null ? "empty" : flyway.info().current().getVersion())
                  + "; "
                  + result.migrationsExecuted
                  + " migration(s) applied now");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
    }
  }

  public boolean isMigrated() {
    return migrated;
  }

  /** "h2" or "postgresql". */
  public String vendor() {
    return vendor;
  }

  private static String vendorOf(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return "postgresql";
      }
      if (product.contains("h2")) {
        return "h2";
      }
      throw new IllegalStateException("Unsupported database: " + product);
    }
  }

  private String checkApplicationRole() throws SQLException {
    String appRole;
    String ownerRole;
    try (Connection c = migrationDataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select current_user")) {
      rs.next();
      ownerRole = rs.getString(1);
    }
    try (Connection c = appDataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select current_user, r.rolsuper, r.rolbypassrls from pg_roles r where r.rolname = current_user")) {
      rs.next();
      appRole = rs.getString(1);
      if (rs.getBoolean(2) || rs.getBoolean(3)) {
        throw new IllegalStateException(
            "The application database role '"
                + appRole
                + "' is a superuser or has BYPASSRLS; row-level security would not apply. Use a plain role.");
      }
    }
    if (appRole.equals(ownerRole)) {
      throw new IllegalStateException(
          "The application database role '"
              + appRole
              + "' is also the schema owner; set BACKOFFICE_DB_USER and BACKOFFICE_DB_OWNER_USER to different roles.");
    }
    return appRole;
  }
}
