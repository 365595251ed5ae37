package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.application.LegalEntityService;
import dev.backoffice.application.TenantService;
import java.util.UUID;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL only (run by the postgres profile): row-level security is the second wall. Native SQL without any tenant
 * condition returns only the current tenant's rows; with no tenant set it returns none.
 */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityPostgresIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear(new Class<?>[] {PersistenceProbe.class}, RowLevelSecurityPostgresIT.class, As.class, As.Work.class, LegalEntities.class);
  }

  @EJB PersistenceProbe probe;

  @EJB LegalEntityService legalEntities;

  @EJB TenantService tenants;

  @Test
  void runsOnPostgres() throws Exception {
    assertEquals("PostgreSQL", probe.databaseProduct());
  }

  @Test
  void nativeSqlSeesOnlyTheCurrentTenantsRows() throws Exception {
    long alpha = As.user("alice", () -> legalEntities.count());
    long beta = As.user("boris", () -> legalEntities.count());
    UUID betaId = As.user("boris", () -> tenants.currentUser().tenant().id());
    assertTrue(alpha > 0 && beta > 0, "both demo tenants have legal entities");

    assertEquals(alpha, (long) As.user("alice", () -> probe.nativeCount()));
    assertEquals(beta, (long) As.user("boris", () -> probe.nativeCount()));
    assertEquals(0L, (long) As.user("alice", () -> probe.nativeCountOfTenant(betaId)), "asking for beta's rows by tenant_id");
  }

  @Test
  void withNoTenantSetNativeSqlReturnsNothing() throws Exception {
    assertTrue(As.user("alice", () -> legalEntities.count()) > 0);
    assertEquals(0L, probe.jdbcCountWithoutTenant(), "plain JDBC, no tenant setting");
    assertEquals(0L, (long) As.user("alice", () -> probe.jdbcCountWithoutTenant()), "plain JDBC outside Hibernate");
    assertEquals(0L, (long) As.user("root", () -> probe.nativeCount()), "platform admin has no tenant");
  }

  @Test
  void everyTenantOwnedTableHasRowLevelSecurityForced() throws Exception {
    assertTrue(probe.tenantTables().containsAll(java.util.List.of("legal_entity", "registration_request", "request_history")));
    assertEquals(java.util.List.of(), probe.tenantTablesWithoutForcedRls());
  }
}
