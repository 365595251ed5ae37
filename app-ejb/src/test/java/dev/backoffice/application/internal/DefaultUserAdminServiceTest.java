package dev.backoffice.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.application.Invitation;
import dev.backoffice.application.NewUser;
import dev.backoffice.application.TenantUserView;
import dev.backoffice.application.UserDirectory;
import dev.backoffice.domain.model.shared.ConflictException;
import dev.backoffice.domain.model.shared.DomainException;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of tenant user management, against an in-memory directory with two tenants. */
class DefaultUserAdminServiceTest {

  /** Users per tenant; records every change so a refusal can be shown to change nothing. */
  static final class MemoryDirectory implements UserDirectory {
    final Map<String, List<TenantUserView>> tenants = new HashMap<>();
    final List<String> changes = new ArrayList<>();
    boolean manageable = true;
    boolean mailWorks = true;

    @Override
    public boolean manageable() {
      return manageable;
    }

    @Override
    public List<TenantUserView> members(String tenantSlug) {
      return List.copyOf(tenants.getOrDefault(tenantSlug, List.of()));
    }

    @Override
    public TenantUserView create(String tenantSlug, NewUser user) {
      changes.add("create " + user.email());
      TenantUserView u =
          new TenantUserView("id-" + user.email(), user.email(), user.email(), user.firstName(), user.lastName(), user.role(), true, false, true);
      tenants.computeIfAbsent(tenantSlug, t -> new ArrayList<>()).add(u);
      return u;
    }

    @Override
    public void changeRole(String userId, String role) {
      changes.add("role " + userId + " " + role);
      for (List<TenantUserView> users : tenants.values()) {
        users.replaceAll(
            u -> u.id().equals(userId)
                ? new TenantUserView(u.id(), u.username(), u.email(), u.firstName(), u.lastName(), role, u.enabled(), u.emailVerified(), u.invitationPending())
                : u);
      }
    }

    @Override
    public void setEnabled(String userId, boolean enabled) {
      changes.add((enabled ? "enable " : "disable ") + userId);
      for (List<TenantUserView> users : tenants.values()) {
        users.replaceAll(
            u -> u.id().equals(userId)
                ? new TenantUserView(u.id(), u.username(), u.email(), u.firstName(), u.lastName(), u.role(), enabled, u.emailVerified(), u.invitationPending())
                : u);
      }
    }

    @Override
    public boolean sendInvitation(String userId) {
      changes.add("mail " + userId);
      return mailWorks;
    }

    @Override
    public void ensureTenantGroup(String tenantSlug) {}
  }

  private MemoryDirectory directory;
  private DefaultUserAdminService service;

  private static TenantUserView user(String id, String role, boolean enabled) {
    return new TenantUserView(id, id, id + "@x.test", null, null, role, enabled, true, false);
  }

  /** How often a change serialised itself on the tenant's row before reading the members. */
  int locks;

  @BeforeEach
  void setUp() {
    directory = new MemoryDirectory();
    directory.tenants.put("alpha", new ArrayList<>(List.of(user("alice", "tenant-admin", true), user("oleg", "operator", true), user("old", "tenant-admin", false))));
    directory.tenants.put("beta", new ArrayList<>(List.of(user("boris", "tenant-admin", true), user("olga", "operator", true))));
    service =
        new DefaultUserAdminService() {
          @Override
          String tenantSlug() {
            return "alpha";
          }

          @Override
          String callerName() {
            return "alice";
          }

          @Override
          void serializeChanges() {
            locks++;
          }
        };
    service.directory = directory;
  }

  private <T extends DomainException> T refused(Class<T> type, Runnable call) {
    T e = assertThrows(type, call::run);
    assertEquals(List.of(), directory.changes, "a refusal changes nothing");
    return e;
  }

  @Test
  void listsOnlyTheCallersTenant() {
    assertEquals(List.of("alice", "oleg", "old"), service.listUsers().users().stream().map(TenantUserView::id).toList());
    assertTrue(service.listUsers().manageable());
  }

  @Test
  void invitesWithATrimmedLowerCasedEmailAndReportsWhetherTheMailWent() {
    Invitation i = service.invite(new NewUser("  New@X.Test ", "Ann", "New", "auditor", "en"));
    assertTrue(i.invitationSent());
    assertEquals("new@x.test", i.user().email());
    assertEquals(List.of("create new@x.test", "mail id-new@x.test"), directory.changes);

    directory.mailWorks = false;
    Invitation unsent = service.invite(new NewUser("second@x.test", "B", "C", "operator", null));
    assertFalse(unsent.invitationSent(), "the user stays, the result says the e-mail did not go");
    assertEquals("operator", unsent.user().role());
  }

  @Test
  void badInvitationsAreRefusedWithTheField() {
    assertEquals("role", refused(InvalidInputException.class, () -> service.invite(new NewUser("a@b.cd", "A", "B", "platform-admin", null))).field());
    assertEquals("users.roleNotAssignable", refused(InvalidInputException.class, () -> service.invite(new NewUser("a@b.cd", "A", "B", "platform-admin", null))).code());
    assertEquals("email", refused(InvalidInputException.class, () -> service.invite(new NewUser("not-an-email", "A", "B", "operator", null))).code());
    assertEquals("firstName", refused(InvalidInputException.class, () -> service.invite(new NewUser("a@b.cd", " ", "B", "operator", null))).field());
    assertEquals("role", refused(InvalidInputException.class, () -> service.invite(new NewUser("a@b.cd", "A", "B", null, null))).field());
    assertEquals("locale", refused(InvalidInputException.class, () -> service.invite(new NewUser("a@b.cd", "A", "B", "operator", "de"))).field());
    assertEquals("email", refused(InvalidInputException.class, () -> service.invite(null)).field());
  }

  @Test
  void changesTheRoleOfAUserOfTheOwnTenantOnly() {
    assertEquals("auditor", service.changeRole("oleg", "auditor").role());
    directory.changes.clear();
    refused(RecordNotFoundException.class, () -> service.changeRole("olga", "auditor"));
    refused(RecordNotFoundException.class, () -> service.changeRole("nobody-at-all", "auditor"));
    refused(InvalidInputException.class, () -> service.changeRole("oleg", "platform-admin"));
    assertEquals("operator", directory.members("beta").get(1).role(), "beta untouched");
  }

  @Test
  void roleAndEnablementChangesSerialiseOnTheTenantBeforeReadingTheMembers() {
    service.changeRole("oleg", "auditor");
    assertEquals(1, locks);
    service.setEnabled("oleg", false);
    assertEquals(2, locks);
    service.listUsers();
    assertEquals(2, locks, "reading takes no lock");
  }

  @Test
  void theLastEnabledTenantAdminKeepsTheRole() {
    ConflictException e = refused(ConflictException.class, () -> service.changeRole("alice", "operator"));
    assertEquals("users.lastTenantAdmin", e.code());
    // a second enabled admin makes it possible
    service.changeRole("oleg", "tenant-admin");
    assertEquals("operator", service.changeRole("alice", "operator").role());
    // a disabled admin does not count, and may be changed
    assertEquals("auditor", service.changeRole("old", "auditor").role());
  }

  @Test
  void aReadOnlyDirectoryRefusesEveryChange() {
    directory.manageable = false;
    assertFalse(service.listUsers().manageable());
    assertEquals("users.readOnlyDirectory", refused(ConflictException.class, () -> service.invite(new NewUser("a@b.cd", "A", "B", "operator", null))).code());
    refused(ConflictException.class, () -> service.changeRole("oleg", "auditor"));
    refused(ConflictException.class, () -> service.resendInvitation("oleg"));
  }

  @Test
  void disablingKeepsTheCallerAndTheLastTenantAdminAbleToSignIn() {
    assertFalse(service.setEnabled("oleg", false).enabled());
    assertTrue(service.setEnabled("oleg", true).enabled());
    directory.changes.clear();
    assertEquals("users.selfDisable", refused(ConflictException.class, () -> service.setEnabled("alice", false)).code());
    refused(RecordNotFoundException.class, () -> service.setEnabled("olga", false));
    // another admin: alice (the caller) may not disable herself, but that admin may be disabled only while alice stays
    service.changeRole("oleg", "tenant-admin");
    assertFalse(service.setEnabled("oleg", false).enabled());
    directory.changes.clear();
    directory.tenants.get("alpha").replaceAll(
        u -> u.id().equals("alice") ? new TenantUserView("alice", "alice2", null, null, null, "tenant-admin", true, true, false) : u);
    assertEquals("users.lastTenantAdmin", refused(ConflictException.class, () -> service.setEnabled("alice", false)).code());
  }

  @Test
  void resendsOnlyToTheOwnTenant() {
    assertTrue(service.resendInvitation("oleg").invitationSent());
    directory.changes.clear();
    refused(RecordNotFoundException.class, () -> service.resendInvitation("boris"));
  }
}
