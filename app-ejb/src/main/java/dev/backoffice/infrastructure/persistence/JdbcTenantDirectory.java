package dev.backoffice.infrastructure.persistence;

import dev.backoffice.tenancy.TenantDirectory;
import dev.backoffice.tenancy.TenantRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Tenant lookups over plain JDBC, because they run while Hibernate is opening a session and must not recurse into
 * it. The {@code tenant} table carries no row-level security. Cached for a few seconds so that a deactivation takes
 * effect on every server without coordination.
 */
@ApplicationScoped
public class JdbcTenantDirectory implements TenantDirectory {

  private static final Duration TTL = Duration.ofSeconds(15);

  private record Entry(Optional<TenantRef> ref, long expiresAt) {}

  private final Map<String, Entry> bySlug = new ConcurrentHashMap<>();
  private final Map<UUID, Entry> byId = new ConcurrentHashMap<>();

  @Resource(lookup = "jdbc/backoffice")
  DataSource dataSource;

  @Override
  public Optional<TenantRef> bySlug(String slug) {
    return cached(bySlug, slug, "slug = ?", slug);
  }

  @Override
  public Optional<TenantRef> byId(UUID id) {
    return cached(byId, id, "id = ?", id);
  }

  @Override
  public void evict() {
    bySlug.clear();
    byId.clear();
  }

  private <K> Optional<TenantRef> cached(Map<K, Entry> cache, K key, String where, Object param) {
    long now = System.nanoTime();
    Entry e = cache.get(key);
    if (e != null && e.expiresAt - now > 0) {
      return e.ref;
    }
    Optional<TenantRef> ref = load(where, param);
    cache.put(key, new Entry(ref, now + TTL.toNanos()));
    return ref;
  }

  private Optional<TenantRef> load(String where, Object param) {
    String sql = "select id, slug, display_name, active from tenant where " + where;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new TenantRef(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot look up tenant: " + e.getMessage(), e);
    }
  }
}
