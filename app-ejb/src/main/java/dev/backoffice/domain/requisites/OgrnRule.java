package dev.backoffice.domain.requisites;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ОГРН (13 digits, organisation) and ОГРНИП (15 digits, individual entrepreneur). Source:
 * russian-rules.md §1.4.
 *
 * <p>Algorithm:
 * <ul>
 *   <li>ОГРН: (the 12-digit number formed by digits 1..12) mod 11 mod 10 = digit 13 — else {@code
 *       ogrn.checksum};
 *   <li>ОГРНИП: (the 14-digit number formed by digits 1..14) mod 13 mod 10 = digit 15 — else {@code
 *       ogrn.checksumOgrnip}.
 * </ul>
 * The remainder is computed digit by digit ({@link Digits#mod}), so no {@code long} overflow is
 * possible and no {@code BigInteger} is needed.
 *
 * <p>The first digit is the kind of record (ОГРН: 1 or 5; ОГРНИП: 3 — §1.4 marks this [M],
 * unconfirmed), so a different first digit is only a {@link Severity#WARNING} {@code
 * ogrn.kindWarning} with args (first digit, expected digits, length). A non-digit stops the check
 * with {@code ogrn.nonDigit}; a length other than 13 or 15 with {@code ogrn.length}.
 */
public final class OgrnRule implements RequisitesRule {

  @Override
  public List<Violation> check(RequisitesInput input) {
    return validate(input.ogrn());
  }

  /** Violations of one ОГРН / ОГРНИП value; empty when valid or not given. */
  public List<Violation> validate(String raw) {
    String ogrn = Normalizer.normalize(raw);
    if (ogrn == null) {
      return List.of();
    }
    Optional<Violation> nonDigit =
        Digits.firstNonDigit(ogrn, RequisiteField.OGRN, ViolationCode.OGRN_NON_DIGIT);
    if (nonDigit.isPresent()) {
      return List.of(nonDigit.get());
    }
    int length = ogrn.length();
    if (length != 13 && length != 15) {
      return List.of(Violation.error(RequisiteField.OGRN, ViolationCode.OGRN_LENGTH, length));
    }
    List<Violation> found = new ArrayList<>();
    char first = ogrn.charAt(0);
    if (length == 13) {
      if (checkDigit(ogrn) != Digits.digit(ogrn, 12)) {
        found.add(Violation.error(RequisiteField.OGRN, ViolationCode.OGRN_CHECKSUM));
      }
      if (first != '1' && first != '5') {
        found.add(
            Violation.warning(
                RequisiteField.OGRN, ViolationCode.OGRN_KIND_WARNING, String.valueOf(first), "1, 5", 13));
      }
    } else {
      if (checkDigit(ogrn) != Digits.digit(ogrn, 14)) {
        found.add(Violation.error(RequisiteField.OGRN, ViolationCode.OGRN_CHECKSUM_OGRNIP));
      }
      if (first != '3') {
        found.add(
            Violation.warning(
                RequisiteField.OGRN, ViolationCode.OGRN_KIND_WARNING, String.valueOf(first), "3", 15));
      }
    }
    return List.copyOf(found);
  }

  /**
   * The expected check digit of a 13-digit ОГРН (digits 1..12 mod 11 mod 10) or of a 15-digit
   * ОГРНИП (digits 1..14 mod 13 mod 10). {@code digits} must be 13 or 15 ASCII digits.
   */
  static int checkDigit(String digits) {
    return digits.length() == 13
        ? Digits.mod(digits, 12, 11) % 10
        : Digits.mod(digits, 14, 13) % 10;
  }
}
