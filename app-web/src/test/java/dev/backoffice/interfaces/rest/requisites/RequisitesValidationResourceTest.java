package dev.backoffice.interfaces.rest.requisites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.domain.requisites.EntityType;
import dev.backoffice.domain.requisites.RequisitesGate;
import dev.backoffice.domain.requisites.RequisitesInput;
import dev.backoffice.interfaces.facade.RequisitesAssembler.FieldVerdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The answer's shape: one verdict per given field, in the user's language. Real ПАО Сбербанк requisites. */
class RequisitesValidationResourceTest {

  private final RequisitesGate gate = new RequisitesGate();

  @Test
  void answersForEveryGivenFieldAndOnlyThose() {
    Map<String, FieldVerdict> fields =
        RequisitesValidationResource.answer(
                gate.check(
                    new RequisitesInput(
                        EntityType.ORGANISATION, "7707083893", "773601001", null, "044525225", "30101810400000000225", null)),
                Locale.ENGLISH)
            .fields();
    assertEquals(List.of("inn", "kpp", "bik", "correspondentAccount", "entityType"), List.copyOf(fields.keySet()));
    fields.values().forEach(v -> assertTrue(v.valid(), v.toString()));
    assertEquals("inn.ok", fields.get("inn").code());
    assertEquals("INN: correct.", fields.get("inn").message());
  }

  @Test
  void aWrongDigitIsInvalidWithItsCodeAndARussianMessage() {
    Map<String, FieldVerdict> fields =
        RequisitesValidationResource.answer(
                gate.check(new RequisitesInput(EntityType.ORGANISATION, "7707083894", null, null, "044525187", "30101810400000000225", null)),
                Locale.forLanguageTag("ru"))
            .fields();
    assertFalse(fields.get("inn").valid());
    assertEquals("inn.checksum", fields.get("inn").code());
    assertTrue(fields.get("inn").message().startsWith("ИНН"), fields.get("inn").message());
    assertFalse(fields.get("correspondentAccount").valid(), "Сбербанк's account against ВТБ's БИК");
    assertTrue(fields.get("correspondentAccount").code().startsWith("correspondentAccount."));
  }
}
