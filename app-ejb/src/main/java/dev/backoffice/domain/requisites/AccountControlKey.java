package dev.backoffice.domain.requisites;

/**
 * The Bank of Russia control key of a 20-digit account against a БИК (russian-rules.md §1.7).
 *
 * <p>Build the 23-digit string {@code P + account}, multiply digit i by the repeating weights {@code
 * 7 1 3}, and the account is valid iff the sum is ≡ 0 (mod 10). P is {@code "0" + БИК digits 5–6}
 * for accounts held in a Bank of Russia division (banks' correspondent accounts 30101…, ЕКС 40102…,
 * any account at a treasury or РКЦ БИК) and {@code БИК digits 7–9} for accounts held in a credit
 * institution. Worked example (§1.7): Сбербанк {@code 025 30101810400000000225} gives Σ = 110.
 */
public final class AccountControlKey {

  private static final int[] WEIGHTS = {7, 1, 3};

  private AccountControlKey() {}

  /** {@code "0" + БИК digits 5–6}: the prefix for an account held in a Bank of Russia division. */
  public static String bankOfRussiaPrefix(String bik) {
    return "0" + bik.substring(4, 6);
  }

  /** {@code БИК digits 7–9}: the prefix for an account held in a credit institution. */
  public static String creditInstitutionPrefix(String bik) {
    return bik.substring(6, 9);
  }

  /**
   * The prefix for a client (settlement) account held at {@code bik}: {@link #bankOfRussiaPrefix}
   * if {@link BikRule#isBankOfRussiaDivision(String)}, otherwise {@link #creditInstitutionPrefix}.
   */
  public static String settlementPrefix(String bik) {
    return BikRule.isBankOfRussiaDivision(bik) ? bankOfRussiaPrefix(bik) : creditInstitutionPrefix(bik);
  }

  /** Σ over {@code prefix + account} of digit × (7, 1, 3, 7, 1, 3, …). */
  static int weightedSum(String prefix, String account) {
    String s = prefix + account;
    int sum = 0;
    for (int i = 0; i < s.length(); i++) {
      sum += Digits.digit(s, i) * WEIGHTS[i % 3];
    }
    return sum;
  }

  /** True iff the key of {@code account} (20 digits) passes with the 3-digit {@code prefix}. */
  public static boolean matches(String prefix, String account) {
    if (!Digits.isDigits(prefix, 3) || !Digits.isDigits(account, 20)) {
      throw new IllegalArgumentException("prefix must be 3 digits and account 20 digits");
    }
    return weightedSum(prefix, account) % 10 == 0;
  }
}
