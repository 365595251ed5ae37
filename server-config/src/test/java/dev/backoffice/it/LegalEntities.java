package dev.backoffice.it;

import dev.backoffice.domain.model.legalentity.LegalEntityDetails;

/** Real published requisites of well-known organisations (ЕГРЮЛ), used as test legal entities. */
final class LegalEntities {

  private LegalEntities() {}

  static final LegalEntityDetails SBERBANK =
      new LegalEntityDetails(
          "ПАО Сбербанк",
          "Публичное акционерное общество «Сбербанк России»",
          "7707083893",
          "773601001",
          "1027700132195",
          "117312, г. Москва, ул. Вавилова, д. 19");

  static final LegalEntityDetails GAZPROM =
      new LegalEntityDetails(
          "ПАО «Газпром»",
          "Публичное акционерное общество «Газпром»",
          "7736050003",
          "781401001",
          "1027700070518",
          "197229, г. Санкт-Петербург, Лахтинский пр-кт, д. 2, к. 3, стр. 1");

  static final LegalEntityDetails YANDEX =
      new LegalEntityDetails(
          "ООО «Яндекс»",
          "Общество с ограниченной ответственностью «Яндекс»",
          "7736207543",
          "770401001",
          "1027700229193",
          "119021, г. Москва, ул. Льва Толстого, д. 16");

  static LegalEntityDetails renamed(LegalEntityDetails d, String shortName) {
    return new LegalEntityDetails(shortName, d.fullName(), d.inn(), d.kpp(), d.ogrn(), d.legalAddress());
  }
}
