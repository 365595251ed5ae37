package dev.backoffice.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void oneTenantBinds() {
    Caller c = Caller.boundTo("alice", List.of("alpha"));
    assertEquals(Optional.of("alpha"), c.tenantKey());
    assertFalse(c.tenantConflict());
  }

  @Test
  void severalTenantsAreAConflictAndBindToNone() {
    Caller c = Caller.boundTo("mallory", List.of("alpha", "beta"));
    assertEquals(Optional.empty(), c.tenantKey());
    assertTrue(c.tenantConflict());
  }

  @Test
  void noTenantIsNoConflict() {
    Caller c = Caller.boundTo("root", List.of());
    assertEquals(Optional.empty(), c.tenantKey());
    assertFalse(c.tenantConflict());
  }
}
