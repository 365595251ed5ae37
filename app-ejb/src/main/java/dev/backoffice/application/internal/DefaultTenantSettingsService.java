package dev.backoffice.application.internal;

import dev.backoffice.application.DocumentStandard;
import dev.backoffice.application.ServiceLevel;
import dev.backoffice.application.TenantSettingsService;
import dev.backoffice.domain.model.settings.TenantSettings;
import dev.backoffice.domain.model.settings.TenantSettingsRepository;
import dev.backoffice.domain.model.settings.WorkingCalendar;
import dev.backoffice.domain.model.shared.ConflictException;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

@Stateless
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
public class DefaultTenantSettingsService implements TenantSettingsService {

  @Inject TenantSettingsRepository settings;

  @Inject TenantContext tenantContext;

  @Inject AuditTrail audit;

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public ServiceLevel currentServiceLevel() {
    tenantContext.requireTenantId();
    return settings.current().map(DefaultTenantSettingsService::view).orElseGet(() -> unsaved(TenantSettings.defaults()));
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public ServiceLevel changeServiceLevel(ServiceLevel level) {
    tenantContext.requireTenantId();
    if (level == null) {
      throw new InvalidInputException("required", "slaWorkingMinutes");
    }
    WorkingCalendar calendar =
        new WorkingCalendar(TenantSettings.zone(level.timeZone()), level.dayStart(), level.dayEnd(), level.workingDays());
    TenantSettings current = settings.current().orElse(null);
    if (current == null) {
      if (level.version() != NOT_STORED) {
        throw new ConflictException("staleVersion", null, level.version(), NOT_STORED);
      }
      current = new TenantSettings(level.slaWorkingMinutes(), calendar);
      settings.add(current);
    } else {
      if (current.version() != level.version()) {
        throw new ConflictException("staleVersion", null, level.version(), current.version());
      }
      current.change(level.slaWorkingMinutes(), calendar);
    }
    audit.record("settings.serviceLevel", "tenantSettings", null, level.slaWorkingMinutes() + " working minutes");
    settings.flush();
    return view(current);
  }

  /** The version of settings never stored: the defaults (the first change must send it). */
  static final long NOT_STORED = -1;

  static ServiceLevel unsaved(TenantSettings defaults) {
    ServiceLevel v = view(defaults);
    return new ServiceLevel(v.slaWorkingMinutes(), v.timeZone(), v.dayStart(), v.dayEnd(), v.workingDays(), NOT_STORED);
  }

  static ServiceLevel view(TenantSettings s) {
    WorkingCalendar c = s.calendar();
    return new ServiceLevel(s.slaWorkingMinutes(), c.zone().getId(), c.dayStart(), c.dayEnd(), c.workingDays(), s.version());
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public DocumentStandard currentDocumentStandard() {
    tenantContext.requireTenantId();
    TenantSettings s = settings.current().orElse(null);
    TenantSettings t = s == null ? TenantSettings.defaults() : s;
    return new DocumentStandard(
        t.documentNumberFormat().pattern(), t.vatRounding(), t.paymentDays(), t.pdfA(), s == null ? NOT_STORED : s.version());
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public DocumentStandard changeDocumentStandard(DocumentStandard standard) {
    tenantContext.requireTenantId();
    if (standard == null) {
      throw new InvalidInputException("required", "documentNumberFormat");
    }
    TenantSettings current = settings.current().orElse(null);
    if (current == null) {
      if (standard.version() != NOT_STORED) {
        throw new ConflictException("staleVersion", null, standard.version(), NOT_STORED);
      }
      current = TenantSettings.defaults();
      current.changeDocumentStandard(standard.numberFormat(), standard.vatRounding(), standard.paymentDays());
      current.changePdfA(standard.pdfA());
      settings.add(current);
    } else {
      if (current.version() != standard.version()) {
        throw new ConflictException("staleVersion", null, standard.version(), current.version());
      }
      current.changeDocumentStandard(standard.numberFormat(), standard.vatRounding(), standard.paymentDays());
      current.changePdfA(standard.pdfA());
    }
    settings.flush();
    audit.record(
        "settings.documentStandard", "tenantSettings", null,
        current.documentNumberFormat().pattern() + ", " + current.vatRounding() + ", " + current.paymentDays() + " days" + (current.pdfA() ? ", PDF/A" : ""));
    return new DocumentStandard(
        current.documentNumberFormat().pattern(), current.vatRounding(), current.paymentDays(), current.pdfA(),
        current.version());
  }
}
