package dev.backoffice.domain.requisites;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Correspondent account ↔ БИК consistency. Source: russian-rules.md §1.8 (with the key of §1.7).
 *
 * <p>For a bank БИК (starting with {@code 04}): the account has 20 digits, starts with {@code 30101}
 * (else {@code correspondentAccount.prefix}, args: expected, actual first five digits), its last
 * three digits equal БИК digits 7–9 (else {@code correspondentAccount.bikMismatch}, args: account
 * ending, БИК ending) and its control key passes with P = {@code "0" + БИК digits 5–6} (else {@code
 * correspondentAccount.key}). All three are checked and reported independently.
 *
 * <p>For a treasury (ТОФК) БИК (§1.5, not starting with {@code 04}) the "correspondent account"
 * field of real payment requisites holds the ЕКС (single treasury account) {@code 40102…}, e.g.
 * {@code 017003983 / 40102810445370000059} (§1.7): it must start with {@code 40102} and pass the key
 * with {@code "0" + БИК digits 5–6}; its ending is unrelated to the БИК, so it is not compared. This
 * treasury case goes beyond the literal text of §1.8, which only describes banks.
 *
 * <p>Without a БИК the account cannot be related to a bank: {@code correspondentAccount.bikRequired}.
 * With a malformed БИК only the account's own structure is checked (the БИК error is {@link
 * BikRule}'s).
 */
public final class CorrespondentAccountRule implements RequisitesRule {

  static final String BANK_PREFIX = "30101";
  static final String TREASURY_PREFIX = "40102";

  @Override
  public List<Violation> check(RequisitesInput input) {
    return validate(input.correspondentAccount(), input.bik());
  }

  /** Violations of a correspondent account for a БИК; empty when valid or the account is not given. */
  public List<Violation> validate(String rawAccount, String rawBik) {
    String account = Normalizer.normalize(rawAccount);
    if (account == null) {
      return List.of();
    }
    RequisiteField field = RequisiteField.CORRESPONDENT_ACCOUNT;
    Optional<Violation> nonDigit =
        Digits.firstNonDigit(account, field, ViolationCode.CORRESPONDENT_ACCOUNT_NON_DIGIT);
    if (nonDigit.isPresent()) {
      return List.of(nonDigit.get());
    }
    if (account.length() != 20) {
      return List.of(
          Violation.error(field, ViolationCode.CORRESPONDENT_ACCOUNT_LENGTH, account.length()));
    }
    String bik = Normalizer.normalize(rawBik);
    if (bik == null) {
      return List.of(Violation.error(field, ViolationCode.CORRESPONDENT_ACCOUNT_BIK_REQUIRED));
    }
    if (!BikRule.isWellFormed(bik)) {
      return List.of();
    }
    boolean treasury = BikRule.isTreasury(bik);
    String expectedPrefix = treasury ? TREASURY_PREFIX : BANK_PREFIX;
    List<Violation> found = new ArrayList<>();
    if (!account.startsWith(expectedPrefix)) {
      found.add(
          Violation.error(
              field,
              ViolationCode.CORRESPONDENT_ACCOUNT_PREFIX,
              expectedPrefix,
              account.substring(0, 5)));
    }
    if (!treasury && !account.substring(17).equals(bik.substring(6))) {
      found.add(
          Violation.error(
              field,
              ViolationCode.CORRESPONDENT_ACCOUNT_BIK_MISMATCH,
              account.substring(17),
              bik.substring(6)));
    }
    if (!AccountControlKey.matches(AccountControlKey.bankOfRussiaPrefix(bik), account)) {
      found.add(Violation.error(field, ViolationCode.CORRESPONDENT_ACCOUNT_KEY, bik));
    }
    return List.copyOf(found);
  }
}
