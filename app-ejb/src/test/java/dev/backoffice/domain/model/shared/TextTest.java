package dev.backoffice.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void trimsAndTreatsBlankAsMissing() {
    assertEquals("ООО «Ромашка»", Text.clean("\u00A0 ООО «Ромашка» "));
    assertNull(Text.clean("   "));
    assertNull(Text.optional("legalAddress", "\u00A0", 10));
  }

  @Test
  void refusesTooLongValuesNamingTheField() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Text.required("shortName", "x".repeat(201), 200));
    assertEquals("tooLong", e.code());
    assertEquals("shortName", e.field());
    assertEquals(200, e.args().get(0));
  }

  @Test
  void refusesControlCharacters() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Text.required("fullName", "a\u0000b", 20));
    assertEquals("controlCharacters", e.code());
  }
}
