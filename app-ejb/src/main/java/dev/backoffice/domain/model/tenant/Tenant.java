package dev.backoffice.domain.model.tenant;

import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A client firm whose back office runs here. Every tenant-owned row points at one tenant; users are bound to exactly
 * one tenant by the identity source through the tenant's {@linkplain #slug() slug}.
 *
 * <p>Invariants: the slug is immutable once created (identity sources refer to it); an inactive tenant's users act
 * for no tenant, so they see nothing and can change nothing. Tenants are never deleted: their documents must survive.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

  public static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");

  @Id
  private UUID id;

  @Column(nullable = false, unique = true, updatable = false, length = 40)
  private String slug;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "legal_name", nullable = false, length = 500)
  private String legalName;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Tenant() {}

  public Tenant(String slug, String displayName, String legalName, Instant createdAt) {
    String s = Text.required("slug", slug, 40);
    if (!SLUG.matcher(s).matches()) {
      throw new InvalidInputException("tenant.slugFormat", "slug");
    }
    this.id = UUID.randomUUID();
    this.slug = s;
    rename(displayName, legalName);
    this.active = true;
    this.createdAt = createdAt;
  }

  public void rename(String displayName, String legalName) {
    this.displayName = Text.required("displayName", displayName, 200);
    this.legalName = Text.required("legalName", legalName, 500);
  }

  public void activate() {
    this.active = true;
  }

  public void deactivate() {
    this.active = false;
  }

  public UUID id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String displayName() {
    return displayName;
  }

  public String legalName() {
    return legalName;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
