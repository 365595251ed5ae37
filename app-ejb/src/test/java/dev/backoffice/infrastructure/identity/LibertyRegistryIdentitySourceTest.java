package dev.backoffice.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LibertyRegistryIdentitySourceTest {

  @Test
  void groupNamesAreTakenFromLibertyGroupIds() {
    assertEquals("tenant.alpha", LibertyRegistryIdentitySource.groupName("group:BackofficeDemo/tenant.alpha"));
    assertEquals("operator", LibertyRegistryIdentitySource.groupName("group:ldap.example.com:389/operator"));
    assertEquals("auditor", LibertyRegistryIdentitySource.groupName("auditor"));
  }

  @Test
  void aUserInOneTenantGroupBelongsToThatTenant() {
    assertEquals(
        Optional.of("alpha"),
        LibertyRegistryIdentitySource.tenantKey("alice", List.of("tenant-admin", "tenant.alpha")));
  }

  @Test
  void aUserInNoTenantGroupBelongsToNone() {
    assertEquals(Optional.empty(), LibertyRegistryIdentitySource.tenantKey("root", List.of("platform-admin")));
  }

  @Test
  void aUserInTwoTenantGroupsIsRefusedBothInsteadOfGettingAnArbitraryOne() {
    assertTrue(LibertyRegistryIdentitySource.caller("mallory", List.of("tenant.alpha", "tenant.beta")).tenantConflict());
    assertEquals(
        Optional.empty(),
        LibertyRegistryIdentitySource.tenantKey("mallory", List.of("operator", "tenant.alpha", "tenant.beta")));
  }

  @Test
  void theRoleGroupTenantAdminIsNotATenantGroup() {
    assertEquals(Optional.empty(), LibertyRegistryIdentitySource.tenantKey("x", List.of("tenant-admin")));
  }
}
