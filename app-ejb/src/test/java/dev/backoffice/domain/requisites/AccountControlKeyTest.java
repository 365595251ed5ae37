package dev.backoffice.domain.requisites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The claims of russian-rules.md §1.7, re-run. */
class AccountControlKeyTest {

  @Test
  void workedExampleOfSberbankCorrespondentAccount() {
    assertEquals("025", AccountControlKey.bankOfRussiaPrefix("044525225"));
    assertEquals(110, AccountControlKey.weightedSum("025", "30101810400000000225"));
    assertTrue(AccountControlKey.matches("025", "30101810400000000225"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("dev.backoffice.domain.requisites.RealRequisites#banks")
  void correspondentAccountsPassOnlyWithTheBankOfRussiaPrefix(String name, String bik, String account) {
    assertTrue(AccountControlKey.matches(AccountControlKey.bankOfRussiaPrefix(bik), account));
    boolean passesWithBankPrefix =
        AccountControlKey.matches(AccountControlKey.creditInstitutionPrefix(bik), account);
    // §1.7: "all but Газпромбанк, by coincidence, fail with P = БИК[7..9]"
    assertEquals(name.equals("Газпромбанк"), passesWithBankPrefix, name);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("dev.backoffice.domain.requisites.RealRequisites#treasury")
  void treasuryEksPassesOnlyWithTheBankOfRussiaPrefix(String name, String bik, String eks) {
    assertTrue(AccountControlKey.matches(AccountControlKey.bankOfRussiaPrefix(bik), eks));
    assertFalse(AccountControlKey.matches(AccountControlKey.creditInstitutionPrefix(bik), eks));
    assertEquals(AccountControlKey.bankOfRussiaPrefix(bik), AccountControlKey.settlementPrefix(bik));
  }

  /**
   * §1.7 says the treasury account 03100643000000018500 "fails both prefixes". True for the Тула
   * БИК; with the Moscow БИК 004525988 it passes with P = 988 by coincidence. Either way such
   * accounts are not key-checked (see SettlementAccountRuleTest).
   */
  @Test
  void treasuryAccountHasNoMeaningfulKey() {
    String account = RealRequisites.ENP_TREASURY_ACCOUNT;
    assertFalse(AccountControlKey.matches("003", account));
    assertFalse(AccountControlKey.matches("983", account));
    assertFalse(AccountControlKey.matches("025", account));
    assertTrue(AccountControlKey.matches("988", account));
  }

  @Test
  void publishedSettlementAccountPassesOnlyWithTheBankPrefix() {
    // ООО «БРАНДШОП» at Сбербанк (see RealRequisites)
    assertTrue(AccountControlKey.matches("225", RealRequisites.BRANDSHOP_ACCOUNT));
    assertFalse(AccountControlKey.matches("025", RealRequisites.BRANDSHOP_ACCOUNT));
    assertEquals("225", AccountControlKey.settlementPrefix("044525225"));
  }

  @Test
  void bankOfRussiaDivisionUsesTheDivisionPrefix() {
    assertEquals("025", AccountControlKey.settlementPrefix("044525000"));
    assertEquals("025", AccountControlKey.settlementPrefix("044525001"));
    assertEquals("025", AccountControlKey.settlementPrefix("044525002"));
    assertEquals("003", AccountControlKey.settlementPrefix("017003983"));
  }

  @Test
  void rejectsMalformedArguments() {
    assertThrows(IllegalArgumentException.class, () -> AccountControlKey.matches("25", "30101810400000000225"));
    assertThrows(IllegalArgumentException.class, () -> AccountControlKey.matches("025", "3010181040000000022"));
    assertThrows(IllegalArgumentException.class, () -> AccountControlKey.matches("025", "3010181040000000022О"));
  }
}
