package dev.backoffice.domain.requisites;

import static dev.backoffice.domain.requisites.InnRuleTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettlementAccountRuleTest {

  private static final String SBER_BIK = "044525225";
  private static final String VTB_BIK = "044525187";

  private final SettlementAccountRule rule = new SettlementAccountRule();

  /** The published ООО «БРАНДШОП» account plus the constructed ones (see RealRequisites). */
  static Stream<Arguments> validAccounts() {
    return Stream.concat(
        Stream.of(Arguments.of("ООО «БРАНДШОП» at Сбербанк (published)", SBER_BIK, RealRequisites.BRANDSHOP_ACCOUNT)),
        RealRequisites.CONSTRUCTED_SETTLEMENT_ACCOUNTS.stream()
            .map(a -> Arguments.of(a[0] + " (constructed)", a[1], a[2])));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validAccounts")
  void validAccountsPass(String name, String bik, String account) {
    assertEquals(List.of(), rule.validate(account, bik), name);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validAccounts")
  void everySingleDigitChangeFailsTheKey(String name, String bik, String account) {
    for (int position = 2; position < 20; position++) { // positions 1–2 could turn it into 03… / 30…
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit != account.charAt(position)) {
          String corrupted = account.substring(0, position) + digit + account.substring(position + 1);
          assertEquals(
              List.of(ViolationCode.SETTLEMENT_ACCOUNT_KEY), codes(rule.validate(corrupted, bik)), corrupted);
        }
      }
    }
  }

  @Test
  void accountAtAnotherBankIsRejected() {
    List<Violation> violations = rule.validate(RealRequisites.BRANDSHOP_ACCOUNT, VTB_BIK);
    assertEquals(List.of(ViolationCode.SETTLEMENT_ACCOUNT_KEY), codes(violations));
    assertEquals(List.of(VTB_BIK), violations.get(0).args());
  }

  @Test
  void keyComputedWithTheDivisionPrefixIsRejectedAtABank() {
    // 40702810738000012345 is valid with P = 025 (wrong for a bank), not with P = 225.
    assertEquals(
        List.of(ViolationCode.SETTLEMENT_ACCOUNT_KEY),
        codes(rule.validate("40702810738000012345", SBER_BIK)));
  }

  /** Constructed accounts at a Bank of Russia division (БИК ending 000/001/002): P = "0" + БИК[5..6]. */
  @ParameterizedTest
  @CsvSource({
    "044525000, 40105810500000000001, 40105810400000000001",
    "044525001, 40105810500000000001, 40105810300000000001",
    "044525002, 40105810500000000001, 40105810200000000001"
  })
  void bankOfRussiaDivisionUsesTheDivisionPrefix(String bik, String valid, String validOnlyWithBankPrefix) {
    assertEquals(List.of(), rule.validate(valid, bik));
    assertEquals(List.of(ViolationCode.SETTLEMENT_ACCOUNT_KEY), codes(rule.validate(validOnlyWithBankPrefix, bik)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("dev.backoffice.domain.requisites.RealRequisites#treasury")
  void eksAtATreasuryBikPassesWithTheDivisionPrefix(String name, String bik, String eks) {
    assertEquals(List.of(), rule.validate(eks, bik), name);
    String corrupted = eks.substring(0, 19) + (eks.charAt(19) == '0' ? '1' : '0');
    assertEquals(List.of(ViolationCode.SETTLEMENT_ACCOUNT_KEY), codes(rule.validate(corrupted, bik)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"017003983", "004525988", SBER_BIK})
  void treasuryAccountIsExemptFromTheKey(String bik) {
    assertEquals(List.of(), rule.validate(RealRequisites.ENP_TREASURY_ACCOUNT, bik));
    assertEquals(List.of(), rule.validate("03100643000000018501", bik));
  }

  @Test
  void treasuryAccountNeedsNoBik() {
    assertEquals(List.of(), rule.validate(RealRequisites.ENP_TREASURY_ACCOUNT, null));
  }

  @Test
  void treasuryAccountStillNeedsTwentyDigits() {
    assertEquals(
        List.of(ViolationCode.SETTLEMENT_ACCOUNT_LENGTH),
        codes(rule.validate("0310064300000001850", "017003983")));
    assertEquals(
        List.of(ViolationCode.SETTLEMENT_ACCOUNT_NON_DIGIT),
        codes(rule.validate("031006430000000185О0", "017003983")));
  }

  @Test
  void correspondentAccountInTheSettlementFieldIsRejected() {
    assertEquals(
        List.of(ViolationCode.SETTLEMENT_ACCOUNT_CORRESPONDENT_PREFIX),
        codes(rule.validate("30101810400000000225", SBER_BIK)));
  }

  @Test
  void withoutBikTheKeyCannotBeChecked() {
    assertEquals(
        List.of(ViolationCode.SETTLEMENT_ACCOUNT_BIK_REQUIRED),
        codes(rule.validate(RealRequisites.BRANDSHOP_ACCOUNT, null)));
  }

  @Test
  void malformedBikIsLeftToTheBikRule() {
    assertEquals(List.of(), rule.validate(RealRequisites.BRANDSHOP_ACCOUNT, "0445252"));
  }

  @ParameterizedTest
  @CsvSource({"4070281023800013930, 19", "407028102380001393000, 21"})
  void wrongLength(String account, int length) {
    List<Violation> violations = rule.validate(account, SBER_BIK);
    assertEquals(List.of(ViolationCode.SETTLEMENT_ACCOUNT_LENGTH), codes(violations));
    assertEquals(List.of(length), violations.get(0).args());
  }

  @Test
  void cyrillicZeIsNotAThree() {
    List<Violation> violations = rule.validate("40702810238000139З00", SBER_BIK);
    assertEquals(List.of(ViolationCode.SETTLEMENT_ACCOUNT_NON_DIGIT), codes(violations));
    assertEquals(List.of("З", 18, "U+0417"), violations.get(0).args());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "40702 810 2 3800 0139300",
        "40702-810-2-3800-0139300",
        "40702\u00A0810\u00A0238000139300",
        "40702\u202F810\u202F238000139300",
        "40702—810—238000139300"
      })
  void formattedInputIsNormalisedAndAccepted(String account) {
    assertEquals(List.of(), rule.validate(account, SBER_BIK));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " "})
  void notGivenIsNotReported(String account) {
    assertEquals(List.of(), rule.validate(account, SBER_BIK));
    assertEquals(List.of(), rule.validate(account, null));
  }
}
