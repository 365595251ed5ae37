package dev.backoffice.interfaces.web.tenants;

import dev.backoffice.application.NewTenant;
import dev.backoffice.application.TenantService;
import dev.backoffice.application.TenantView;
import dev.backoffice.interfaces.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Platform admin: the tenants, creating one, switching one on or off. */
@Named
@ViewScoped
public class TenantsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TenantService tenants;

  private List<TenantView> list;
  private String slug;
  private String displayName;
  private String legalName;

  public List<TenantView> getList() {
    if (list == null) {
      list = tenants.listTenants();
    }
    return list;
  }

  public void create() {
    try {
      TenantView t = tenants.createTenant(new NewTenant(slug, displayName, legalName));
      FacesMessages.info("tenants.created", t.displayName());
      slug = null;
      displayName = null;
      legalName = null;
      list = null;
    } catch (RuntimeException e) {
      FacesMessages.refusal(
          e,
          Map.of(
              "slug", "tenantForm:slug",
              "displayName", "tenantForm:displayName",
              "legalName", "tenantForm:legalName"));
    }
  }

  public void toggle(TenantView t) {
    try {
      tenants.setActive(t.id(), !t.active());
      list = null;
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of());
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = legalName;
  }
}
