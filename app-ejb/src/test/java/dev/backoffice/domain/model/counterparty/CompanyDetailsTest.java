package dev.backoffice.domain.model.counterparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.domain.requisites.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyDetailsTest {

  /** ПАО Сбербанк's published requisites. */
  private static CompanyDetails sberbank(String kpp, String legalAddress) {
    return new CompanyDetails(
        EntityType.ORGANISATION, "Публичное акционерное общество «Сбербанк России»", "ПАО Сбербанк", "7707083893", kpp,
        "1027700132195", legalAddress, null, "ПАО Сбербанк", "044525225", "30101810400000000225",
        "40702810238000139300", "Греф Герман Оскарович", "Президент, Председатель Правления", SignatoryBasis.CHARTER,
        null, null, null, null);
  }

  @Test
  void aCorrectionListsEveryChangedFieldWithOldAndNewValue() {
    CompanyDetails before = sberbank("773601001", null);
    CompanyDetails after = sberbank("997750001", "117312, г. Москва, ул. Вавилова, д. 19");
    assertEquals(
        List.of("kpp: 773601001 → 997750001", "legalAddress: — → 117312, г. Москва, ул. Вавилова, д. 19"),
        before.changesTo(after));
  }

  @Test
  void identicalDetailsHaveNoChanges() {
    assertTrue(sberbank("773601001", "x").changesTo(sberbank("773601001", "x")).isEmpty());
  }
}
