package dev.backoffice.domain.requisites;

import java.util.List;
import java.util.Optional;

/**
 * БИК: exactly 9 ASCII digits — the only hard rule (russian-rules.md §1.5). Existence is a matter
 * for the Bank of Russia БИК directory (ED807), not for this rule.
 *
 * <p>The static helpers classify a well-formed БИК for the account-key rules (§1.5, §1.7):
 * a БИК not starting with {@code 04} is a treasury (ТОФК) БИК, e.g. {@code 017003983}, {@code
 * 004525988}; a {@code 04…} БИК whose digits 7–9 are {@code 000}, {@code 001} or {@code 002} is a
 * Bank of Russia division (РКЦ / ГУ); any other is a credit institution.
 */
public final class BikRule implements RequisitesRule {

  @Override
  public List<Violation> check(RequisitesInput input) {
    return validate(input.bik());
  }

  /** Violations of one БИК value: {@code bik.nonDigit} or {@code bik.length}; empty when valid or not given. */
  public List<Violation> validate(String raw) {
    String bik = Normalizer.normalize(raw);
    if (bik == null) {
      return List.of();
    }
    Optional<Violation> nonDigit =
        Digits.firstNonDigit(bik, RequisiteField.BIK, ViolationCode.BIK_NON_DIGIT);
    if (nonDigit.isPresent()) {
      return List.of(nonDigit.get());
    }
    if (bik.length() != 9) {
      return List.of(Violation.error(RequisiteField.BIK, ViolationCode.BIK_LENGTH, bik.length()));
    }
    return List.of();
  }

  /** True for 9 ASCII digits after normalisation. */
  public static boolean isWellFormed(String raw) {
    return Digits.isDigits(Normalizer.normalize(raw), 9);
  }

  /** A well-formed БИК of a treasury office (ТОФК): it does not start with {@code 04}. */
  public static boolean isTreasury(String raw) {
    String bik = Normalizer.normalize(raw);
    return isWellFormed(bik) && !bik.startsWith("04");
  }

  /**
   * A well-formed БИК of a Bank of Russia division: a treasury БИК, or a {@code 04…} БИК with
   * digits 7–9 equal to {@code 000}, {@code 001} or {@code 002}.
   */
  public static boolean isBankOfRussiaDivision(String raw) {
    String bik = Normalizer.normalize(raw);
    if (!isWellFormed(bik)) {
      return false;
    }
    String tail = bik.substring(6);
    return isTreasury(bik) || tail.equals("000") || tail.equals("001") || tail.equals("002");
  }
}
