package dev.backoffice.domain.requisites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTypeTest {

  @ParameterizedTest
  @CsvSource({
    "organisation, ORGANISATION",
    "ORGANISATION, ORGANISATION",
    "Organisation, ORGANISATION",
    "entrepreneur, ENTREPRENEUR",
    "ENTREPRENEUR, ENTREPRENEUR",
    "' entrepreneur ', ENTREPRENEUR"
  })
  void fromCodeIsCaseInsensitive(String code, EntityType expected) {
    assertEquals(expected, EntityType.fromCode(code));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "organization", "ip", "ИП", "организация", "individual"})
  void unknownCodeIsRejected(String code) {
    assertThrows(IllegalArgumentException.class, () -> EntityType.fromCode(code));
  }

  @Test
  void codeRoundTrips() {
    for (EntityType type : EntityType.values()) {
      assertEquals(type, EntityType.fromCode(type.code()));
    }
  }
}
