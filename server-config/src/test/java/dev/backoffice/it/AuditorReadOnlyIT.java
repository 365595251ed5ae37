package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.application.DashboardService;
import dev.backoffice.application.EventService;
import dev.backoffice.application.RegistrationService;
import dev.backoffice.domain.model.registration.RequestSource;
import dev.backoffice.domain.model.registration.RequestStatus;
import dev.backoffice.application.LegalEntityService;
import dev.backoffice.application.LegalEntityView;
import dev.backoffice.application.NewTenant;
import dev.backoffice.application.TenantService;
import dev.backoffice.application.TenantView;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The auditor reads everything in its tenant and changes nothing: every data-changing service method refuses them
 * with a security exception, and nothing changes. Operators cannot do tenant-admin work either.
 */
@ExtendWith(ArquillianExtension.class)
class AuditorReadOnlyIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear(AuditorReadOnlyIT.class, As.class, As.Work.class, LegalEntities.class);
  }

  @EJB LegalEntityService legalEntities;

  @EJB TenantService tenants;

  @EJB DashboardService dashboard;

  @EJB EventService events;

  @EJB RegistrationService registrations;

  @Test
  void theAuditorCanReadItsTenant() throws Exception {
    As.run(
        "anna",
        () -> {
          assertEquals("alpha", tenants.currentUser().tenant().slug());
          assertEquals(List.of("auditor"), tenants.currentUser().roles());
          List<LegalEntityView> list = legalEntities.list();
          assertFalse(list.isEmpty());
          assertEquals(list.size(), legalEntities.count());
          assertEquals(list.get(0).id(), legalEntities.get(list.get(0).id()).id());
          assertEquals(list.size(), dashboard.counts().legalEntities());
          assertFalse(dashboard.latestActivity(5).isEmpty());
        });
  }

  @Test
  void everyDataChangingMethodRefusesTheAuditorAndNothingChanges() throws Exception {
    List<LegalEntityView> before = As.user("alice", () -> legalEntities.list());
    long auditBefore = As.user("alice", () -> dashboard.counts().auditEntries());
    List<TenantView> tenantsBefore = As.user("root", () -> tenants.listTenants());
    UUID existing = before.get(0).id();
    long version = before.get(0).version();

    As.run(
        "anna",
        () -> {
          refused(() -> legalEntities.create(LegalEntities.GAZPROM));
          refused(() -> legalEntities.update(existing, version, LegalEntities.renamed(LegalEntities.GAZPROM, "x")));
          refused(() -> legalEntities.setActive(existing, false));
          refused(() -> legalEntities.delete(existing));
          refused(() -> tenants.createTenant(new NewTenant("audit-made", "Audit made", "Audit made LLC")));
          refused(() -> tenants.setActive(tenantsBefore.get(0).id(), false));
          refused(() -> tenants.listTenants());
          refused(() -> events.create(null));
          refused(() -> registrations.submit(null, RequestSource.API, null));
          refused(() -> registrations.replay(null, "key"));
          refused(() -> registrations.moveTo(existing, 0, RequestStatus.CANCELLED, "x"));
          refused(() -> registrations.approve(existing, 0, null, null));
          refused(() -> registrations.take(existing));
          refused(() -> registrations.comment(existing, "x"));
          refused(() -> registrations.assign(existing, "anna"));
          assertFalse(events.list().isEmpty(), "but reads the events");
          registrations.queue(null, null, 0, 10);
        });

    assertEquals(before, As.user("alice", () -> legalEntities.list()));
    assertEquals(auditBefore, As.user("alice", () -> dashboard.counts().auditEntries()));
    assertEquals(tenantsBefore, As.user("root", () -> tenants.listTenants()));
  }

  @Test
  void operatorsCannotDoTenantAdminWork() throws Exception {
    List<LegalEntityView> before = As.user("alice", () -> legalEntities.list());
    As.run(
        "oleg",
        () -> {
          assertFalse(legalEntities.list().isEmpty());
          refused(() -> legalEntities.create(LegalEntities.GAZPROM));
          refused(() -> legalEntities.delete(before.get(0).id()));
          refused(() -> tenants.createTenant(new NewTenant("oleg-made", "Oleg", "Oleg LLC")));
        });
    assertEquals(before, As.user("alice", () -> legalEntities.list()));
  }

  @Test
  void aUserWithoutRoleOrTenantIsRefused() throws Exception {
    As.run(
        "nobody",
        () -> {
          refused(() -> legalEntities.list());
          refused(() -> dashboard.counts());
          assertTrue(tenants.currentUser().roles().isEmpty());
        });
  }

  private static void refused(Executable call) {
    assertThrows(EJBAccessException.class, call);
  }
}
