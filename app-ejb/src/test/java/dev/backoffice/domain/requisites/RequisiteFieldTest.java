package dev.backoffice.domain.requisites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequisiteFieldTest {

  @ParameterizedTest
  @CsvSource({
    "INN, inn",
    "KPP, kpp",
    "OGRN, ogrn",
    "BIK, bik",
    "CORRESPONDENT_ACCOUNT, correspondentAccount",
    "SETTLEMENT_ACCOUNT, settlementAccount",
    "ENTITY_TYPE, entityType"
  })
  void jsonNames(RequisiteField field, String jsonName) {
    assertEquals(jsonName, field.jsonName());
    assertEquals(field, RequisiteField.fromJsonName(jsonName));
  }

  @org.junit.jupiter.api.Test
  void unknownJsonName() {
    assertThrows(IllegalArgumentException.class, () -> RequisiteField.fromJsonName("Inn"));
  }
}
