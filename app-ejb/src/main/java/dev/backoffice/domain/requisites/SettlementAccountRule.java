package dev.backoffice.domain.requisites;

import java.util.List;
import java.util.Optional;

/**
 * Settlement (client) account control key against the БИК. Source: russian-rules.md §1.6–§1.7.
 *
 * <p>Algorithm, in order:
 * <ol>
 *   <li>20 ASCII digits — else {@code settlementAccount.nonDigit} / {@code settlementAccount.length};
 *   <li>a treasury account (казначейский счёт) starting with {@code 03}, e.g. {@code
 *       03100643000000018500}, has no control key: accepted on structure alone, with or without a
 *       БИК (§1.7, last paragraph);
 *   <li>an account starting with {@code 30101} is a bank's correspondent account typed into the
 *       wrong field — {@code settlementAccount.correspondentPrefix};
 *   <li>no БИК — {@code settlementAccount.bikRequired}; a malformed БИК — nothing more (the БИК
 *       error is {@link BikRule}'s);
 *   <li>the control key ({@link AccountControlKey}) with P = БИК digits 7–9 for a credit
 *       institution, or P = {@code "0" + БИК digits 5–6} for a Bank of Russia division (a
 *       {@code 04…} БИК ending {@code 000}/{@code 001}/{@code 002}, or a treasury БИК not starting
 *       with {@code 04}, where the ЕКС {@code 40102…} is held) — else {@code settlementAccount.key}
 *       with the БИК as argument.
 * </ol>
 */
public final class SettlementAccountRule implements RequisitesRule {

  static final String TREASURY_ACCOUNT_PREFIX = "03";

  @Override
  public List<Violation> check(RequisitesInput input) {
    return validate(input.settlementAccount(), input.bik());
  }

  /** Violations of a settlement account for a БИК; empty when valid or the account is not given. */
  public List<Violation> validate(String rawAccount, String rawBik) {
    String account = Normalizer.normalize(rawAccount);
    if (account == null) {
      return List.of();
    }
    RequisiteField field = RequisiteField.SETTLEMENT_ACCOUNT;
    Optional<Violation> nonDigit =
        Digits.firstNonDigit(account, field, ViolationCode.SETTLEMENT_ACCOUNT_NON_DIGIT);
    if (nonDigit.isPresent()) {
      return List.of(nonDigit.get());
    }
    if (account.length() != 20) {
      return List.of(
          Violation.error(field, ViolationCode.SETTLEMENT_ACCOUNT_LENGTH, account.length()));
    }
    if (account.startsWith(TREASURY_ACCOUNT_PREFIX)) {
      return List.of();
    }
    if (account.startsWith(CorrespondentAccountRule.BANK_PREFIX)) {
      return List.of(Violation.error(field, ViolationCode.SETTLEMENT_ACCOUNT_CORRESPONDENT_PREFIX));
    }
    String bik = Normalizer.normalize(rawBik);
    if (bik == null) {
      return List.of(Violation.error(field, ViolationCode.SETTLEMENT_ACCOUNT_BIK_REQUIRED));
    }
    if (!BikRule.isWellFormed(bik)) {
      return List.of();
    }
    if (!AccountControlKey.matches(AccountControlKey.settlementPrefix(bik), account)) {
      return List.of(Violation.error(field, ViolationCode.SETTLEMENT_ACCOUNT_KEY, bik));
    }
    return List.of();
  }
}
