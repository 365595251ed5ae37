package dev.backoffice.interfaces.web.dashboard;

import dev.backoffice.application.AuditEntryView;
import dev.backoffice.application.DashboardCounts;
import dev.backoffice.application.DashboardService;
import dev.backoffice.application.TenantService;
import dev.backoffice.application.TenantView;
import dev.backoffice.interfaces.web.shell.ShellView;
import dev.backoffice.tenancy.Roles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The dashboard: the tenant's name and live counts; for the platform admin, the tenants. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient DashboardService dashboard;

  @Inject transient TenantService tenants;

  @Inject transient ShellView shell;

  private DashboardCounts counts;
  private List<AuditEntryView> activity;
  private List<TenantView> tenantList;

  public boolean isTenantUser() {
    return shell.isTenantUser();
  }

  public boolean isPlatformAdmin() {
    return shell.hasRole(Roles.PLATFORM_ADMIN);
  }

  public DashboardCounts getCounts() {
    if (counts == null && isTenantUser()) {
      counts = dashboard.counts();
    }
    return counts;
  }

  public List<AuditEntryView> getActivity() {
    if (activity == null && isTenantUser()) {
      activity = dashboard.latestActivity(10);
    }
    return activity;
  }

  public List<TenantView> getTenants() {
    if (tenantList == null && isPlatformAdmin()) {
      tenantList = tenants.listTenants();
    }
    return tenantList;
  }
}
