package dev.backoffice.domain.requisites;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Real, publicly published requisites used as test data. Every value below was run through the
 * algorithms of russian-rules.md §1 (independently, in a scratch script, and again by these tests)
 * and passes; values recalled from memory that failed were not kept. A passing checksum proves the
 * number is well-formed, not that it belongs to the named company.
 */
final class RealRequisites {

  private RealRequisites() {}

  /** Organisation (10-digit) ИНН: name, ИНН. */
  static final List<String[]> ORGANISATION_INNS =
      List.of(
          new String[] {"ПАО Сбербанк", "7707083893"},
          new String[] {"ПАО «Газпром»", "7736050003"},
          new String[] {"ООО «Яндекс»", "7736207543"},
          new String[] {"ПАО «МТС»", "7740000076"},
          new String[] {"АО «Тинькофф Банк» (ТБанк)", "7710140679"},
          new String[] {"Банк ВТБ (ПАО)", "7702070139"},
          new String[] {"АО «Альфа-Банк»", "7728168971"},
          new String[] {"Банк ГПБ (АО)", "7744001497"},
          new String[] {"АО «Райффайзенбанк»", "7744000302"},
          new String[] {"АО «ОТП Банк»", "7708001614"},
          new String[] {"ПАО Банк «ФК Открытие»", "7706092528"},
          new String[] {"ПАО «Ростелеком»", "7707049388"},
          new String[] {"ПАО «НК «Роснефть»", "7706107510"},
          new String[] {"ПАО «Аэрофлот»", "7712040126"},
          new String[] {"ПАО «ЛУКОЙЛ»", "7708004767"},
          new String[] {"ОАО «РЖД»", "7708503727"},
          new String[] {"АО «Почта России»", "7724490000"},
          new String[] {"ФНС России", "7707329152"},
          new String[] {"Казначейство России (ФНС России), получатель ЕНП", "7727406020"},
          new String[] {"ООО «БРАНДШОП» (реквизиты со страницы «Контакты»)", "9729285657"});

  /**
   * ИНН whose weighted sum is ≡ 0 or 10 (mod 11): for them the algorithm cannot detect every
   * single-digit error (russian-rules.md §1.1 does not say so). Роснефть, Почта России, Казначейство.
   */
  static final List<String> INNS_WITH_BLIND_SPOT = List.of("7706107510", "7724490000", "7727406020");

  /** ОГРН: name, ОГРН. */
  static final List<String[]> OGRNS =
      List.of(
          new String[] {"ПАО Сбербанк", "1027700132195"},
          new String[] {"ПАО «Газпром»", "1027700070518"},
          new String[] {"ООО «Яндекс»", "1027700229193"},
          new String[] {"ПАО «МТС»", "1027700149124"},
          new String[] {"АО «Тинькофф Банк» (ТБанк)", "1027739642281"},
          new String[] {"Банк ВТБ (ПАО)", "1027739609391"},
          new String[] {"АО «Альфа-Банк»", "1027700067328"},
          new String[] {"Банк ГПБ (АО)", "1027700167110"},
          new String[] {"АО «Райффайзенбанк»", "1027739326449"},
          new String[] {"АО «ОТП Банк»", "1027739176563"},
          new String[] {"ПАО Банк «ФК Открытие»", "1027739019208"},
          new String[] {"ПАО «Ростелеком»", "1027700198767"},
          new String[] {"ПАО «НК «Роснефть»", "1027700043502"},
          new String[] {"ПАО «Аэрофлот»", "1027700092661"},
          new String[] {"ПАО «ЛУКОЙЛ»", "1027700035769"},
          new String[] {"ОАО «РЖД»", "1037739877295"},
          new String[] {"АО «Почта России»", "1197746000000"},
          new String[] {"ФНС России", "1047707030513"},
          new String[] {"ООО «БРАНДШОП»", "1197746385616"});

  /** ОГРН whose 12-digit number is ≡ 0 or 10 (mod 11): blind spot as for ИНН. Газпромбанк, Почта. */
  static final List<String> OGRNS_WITH_BLIND_SPOT = List.of("1027700167110", "1197746000000");

  /** КПП (pattern only — a КПП has no checksum). */
  static final List<String> KPPS =
      List.of(
          "773601001", // ПАО Сбербанк (russian-rules.md)
          "775101001", // ООО «БРАНДШОП»
          "770801001"); // Казначейство России (ФНС России), получатель ЕНП

  /** Bank: name, БИК, correspondent account (russian-rules.md §1.7). */
  static final List<String[]> BANKS =
      List.of(
          new String[] {"Сбербанк", "044525225", "30101810400000000225"},
          new String[] {"ВТБ", "044525187", "30101810700000000187"},
          new String[] {"Альфа-Банк", "044525593", "30101810200000000593"},
          new String[] {"ТБанк", "044525974", "30101810145250000974"},
          new String[] {"Газпромбанк", "044525823", "30101810200000000823"},
          new String[] {"Райффайзенбанк", "044525700", "30101810200000000700"},
          new String[] {"ОТП Банк", "044525311", "30101810000000000311"},
          new String[] {"Открытие (Новосибирск)", "045004867", "30101810250040000867"});

  static Stream<Arguments> banks() {
    return BANKS.stream().map(b -> Arguments.of(b[0], b[1], b[2]));
  }

  /** Treasury (ТОФК) БИК and its ЕКС, from the ЕНП payment requisites (russian-rules.md §1.5, §1.7). */
  static final List<String[]> TREASURY =
      List.of(
          new String[] {"УФК по Тульской области", "017003983", "40102810445370000059"},
          new String[] {"УФК по г. Москве", "004525988", "40102810545370000003"});

  static Stream<Arguments> treasury() {
    return TREASURY.stream().map(t -> Arguments.of(t[0], t[1], t[2]));
  }

  /** Treasury account (казначейский счёт) of the ЕНП recipient: no control key. */
  static final String ENP_TREASURY_ACCOUNT = "03100643000000018500";

  /**
   * ООО «БРАНДШОП»: settlement account at ПАО Сбербанк as published on the company's "Контакты"
   * page (found in public web code): ИНН/КПП 9729285657/775101001, ОГРН 1197746385616, р/с
   * 40702810238000139300, БИК 044525225, к/с 30101810400000000225.
   */
  static final String BRANDSHOP_ACCOUNT = "40702810238000139300";

  /**
   * Settlement accounts CONSTRUCTED for real bank БИКs: the body (balance account, 810, branch,
   * personal number) was chosen freely and the 9th digit computed so that the key passes with P =
   * БИК digits 7–9. They are not anybody's real accounts. Columns: label, БИК, account.
   */
  static final List<String[]> CONSTRUCTED_SETTLEMENT_ACCOUNTS =
      List.of(
          new String[] {"ООО at Сбербанк", "044525225", "40702810938000012345"},
          new String[] {"ООО at ВТБ", "044525187", "40702810700000012345"},
          new String[] {"ИП at ТБанк", "044525974", "40802810400000012345"},
          new String[] {"ООО at Открытие (Новосибирск)", "045004867", "40702810800000012345"},
          new String[] {"ООО at ОТП Банк", "044525311", "40702810400000012345"},
          new String[] {"физлицо 40817 at Альфа-Банк", "044525593", "40817810300000012345"});

  /** Synthetic 12-digit ИНН (russian-rules.md §1.2 example and two computed ones): no real people. */
  static final List<String> SYNTHETIC_PERSONAL_INNS =
      List.of("771479292224", "500312345614", "770100000142");

  /** Synthetic ОГРНИП with computed check digits (no real entrepreneurs). */
  static final List<String> SYNTHETIC_OGRNIPS =
      List.of("304770100000016", "318774600012343", "304500116000157");
}
