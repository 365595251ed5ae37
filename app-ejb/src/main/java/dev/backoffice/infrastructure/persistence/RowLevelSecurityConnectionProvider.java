package dev.backoffice.infrastructure.persistence;

import dev.backoffice.tenancy.TenantContext;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl;

/**
 * The second wall of tenancy on PostgreSQL: every connection Hibernate takes gets the current tenant in the
 * transaction-local setting {@code app.tenant_id}, which the row-level security policies compare with
 * {@code tenant_id}. Transaction-local ({@code set_config(..., true)}) means it vanishes at commit or rollback, so a
 * pooled connection never carries a tenant into someone else's transaction. No tenant means an empty setting, which
 * the policies treat as "no rows".
 */
public class RowLevelSecurityConnectionProvider extends DatasourceConnectionProviderImpl {

  private static final long serialVersionUID = 1L;

  private volatile Boolean postgres;

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = super.getConnection();
    if (isPostgres(connection)) {
      String tenant = currentTenant();
      try (PreparedStatement ps = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        ps.setString(1, tenant);
        ps.execute();
      } catch (SQLException e) {
        closeConnection(connection);
        throw e;
      }
    }
    return connection;
  }

  /** The tenant for this connection; none while the application is still booting (Hibernate's metadata query). */
  private static String currentTenant() {
    CDI<Object> cdi;
    try {
      cdi = CDI.current();
    } catch (IllegalStateException notYet) {
      return "";
    }
    return cdi.select(TenantContext.class).get().currentTenantId().map(Object::toString).orElse("");
  }

  private boolean isPostgres(Connection connection) throws SQLException {
    Boolean p = postgres;
    if (p == null) {
      p = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
      postgres = p;
    }
    return p;
  }
}
