package dev.backoffice.domain.model.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.domain.model.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TenantTest {

  @Test
  void aNewTenantIsActiveAndKeepsItsSlug() {
    Tenant t = new Tenant("  alpha-events ", "Альфа", "ООО «Альфа»", Instant.EPOCH);
    assertEquals("alpha-events", t.slug());
    assertTrue(t.active());
    t.deactivate();
    assertFalse(t.active());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "ab-", "-ab", "Alpha", "альфа", "a b", "a_b", "1abc", "abcdefghijabcdefghijabcdefghijabcdefghij1"})
  void slugsAreLowerCaseLatinDigitsAndDashes(String slug) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> new Tenant(slug, "Name", "Legal", Instant.EPOCH));
    assertTrue(e.code().equals("tenant.slugFormat") || e.code().equals("tooLong"), e.code());
    assertEquals("slug", e.field());
  }

  @Test
  void namesAreRequired() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> new Tenant("gamma", " \u00A0", "Legal", Instant.EPOCH));
    assertEquals("required", e.code());
    assertEquals("displayName", e.field());
  }
}
