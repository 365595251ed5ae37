package dev.backoffice.it;

import dev.backoffice.domain.model.legalentity.LegalEntity;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Test probe inside the EJB module: reaches the persistence unit the way careless code would (find by id, JPQL, bulk
 * statements, merge of a detached entity, native SQL, plain JDBC), to prove tenancy holds below the services.
 * Each method is its own transaction, opened after the caller's identity is set.
 */
@Stateless
public class PersistenceProbe {

  @PersistenceContext(unitName = "backoffice")
  EntityManager em;

  @Resource(lookup = "jdbc/backoffice")
  DataSource dataSource;

  public String findName(UUID id) {
    LegalEntity e = em.find(LegalEntity.class, id);
    return e == null ? null : e.shortName();
  }

  public LegalEntity loadDetached(UUID id) {
    return em.find(LegalEntity.class, id);
  }

  public String jpqlName(UUID id) {
    return em.createQuery("select e.shortName from LegalEntity e where e.id = :id", String.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public long jpqlCount() {
    return em.createQuery("select count(e) from LegalEntity e", Long.class).getSingleResult();
  }

  public int bulkRename(UUID id, String name) {
    return em.createQuery("update LegalEntity e set e.shortName = :n where e.id = :id")
        .setParameter("n", name)
        .setParameter("id", id)
        .executeUpdate();
  }

  public int bulkDelete(UUID id) {
    return em.createQuery("delete from LegalEntity e where e.id = :id").setParameter("id", id).executeUpdate();
  }

  public void mergeRenamed(LegalEntity detached, String name) {
    LegalEntity copy = em.merge(detached);
    copy.change(
        new dev.backoffice.domain.model.legalentity.LegalEntityDetails(
            name, copy.fullName(), copy.inn(), copy.kpp(), copy.ogrn(), copy.legalAddress()));
    em.flush();
  }

  public long nativeCount() {
    return ((Number) em.createNativeQuery("select count(*) from legal_entity").getSingleResult()).longValue();
  }

  public long nativeCountOfTenant(UUID tenantId) {
    return ((Number)
            em.createNativeQuery("select count(*) from legal_entity where tenant_id = ?1")
                .setParameter(1, tenantId)
                .getSingleResult())
        .longValue();
  }

  /** Plain JDBC on the application's data source: no tenant setting at all. */
  public long jdbcCountWithoutTenant() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from legal_entity")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public String databaseProduct() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName();
    }
  }

  /** Tables with a tenant_id column that lack row-level security ENABLEd and FORCEd (PostgreSQL catalog). */
  public java.util.List<String> tenantTablesWithoutForcedRls() throws SQLException {
    java.util.List<String> missing = new java.util.ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.relkind = 'r'"
                    + " and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')"
                    + " and not (c.relrowsecurity and c.relforcerowsecurity)")) {
      while (rs.next()) {
        missing.add(rs.getString(1));
      }
    }
    return missing;
  }

  public java.util.List<String> tenantTables() throws SQLException {
    java.util.List<String> all = new java.util.ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.relkind = 'r'"
                    + " and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')")) {
      while (rs.next()) {
        all.add(rs.getString(1));
      }
    }
    return all;
  }
}
