package dev.backoffice.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.infrastructure.persistence.SchemaMigrator;
import java.net.ServerSocket;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Readiness follows the database: DOWN when it cannot be reached or the schema is not migrated yet. */
class DatabaseReadinessCheckTest {

  /** A migrator whose state is set by the test (the real one runs Flyway at server start). */
  static final class MigratorState extends SchemaMigrator {
    private final boolean migrated;

    MigratorState(boolean migrated) {
      this.migrated = migrated;
    }

    @Override
    public boolean isMigrated() {
      return migrated;
    }
  }

  @Test
  void downWhenTheDatabaseIsUnreachable() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    PGSimpleDataSource unreachable = new PGSimpleDataSource();
    unreachable.setServerNames(new String[] {"127.0.0.1"});
    unreachable.setPortNumbers(new int[] {closedPort});
    unreachable.setDatabaseName("backoffice");
    unreachable.setConnectTimeout(2);

    DatabaseReadinessCheck.Probe p = new DatabaseReadinessCheck(unreachable, new MigratorState(true)).probe();

    assertFalse(p.up());
    assertNotNull(p.error(), "says why");
  }

  @Test
  void upWhenTheDatabaseAnswersAndTheSchemaIsMigrated() {
    DatabaseReadinessCheck.Probe p = new DatabaseReadinessCheck(h2(), new MigratorState(true)).probe();
    assertTrue(p.up());
    assertEquals("H2", p.database());
  }

  @Test
  void downUntilTheSchemaIsMigrated() {
    DatabaseReadinessCheck.Probe p = new DatabaseReadinessCheck(h2(), new MigratorState(false)).probe();
    assertFalse(p.up());
    assertFalse(p.schemaMigrated());
  }

  private static JdbcDataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:readiness;DB_CLOSE_DELAY=-1");
    return ds;
  }
}
