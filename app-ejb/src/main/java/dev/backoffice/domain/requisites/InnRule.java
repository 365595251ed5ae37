package dev.backoffice.domain.requisites;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ИНН: 10 digits (organisation) or 12 digits (individual, ИП), check digits and the FNS "no 00"
 * prefix. Source: russian-rules.md §1.1 and §1.2.
 *
 * <p>Algorithm:
 * <ul>
 *   <li>10 digits: (Σ d_i·w_i over digits 1..9, w = 2 4 10 3 5 9 4 6 8) mod 11 mod 10 must equal
 *       digit 10 — else {@code inn.checksum};
 *   <li>12 digits: (Σ over digits 1..10, w = 7 2 4 10 3 5 9 4 6 8) mod 11 mod 10 = digit 11 — else
 *       {@code inn.checksum11}; (Σ over digits 1..11, w = 3 7 2 4 10 3 5 9 4 6 8) mod 11 mod 10 =
 *       digit 12 — else {@code inn.checksum12}. Both are checked and reported independently;
 *   <li>the first two digits are never {@code 00} (FNS XSD types ИННЮЛТип / ИННФЛТип) — else
 *       {@code inn.prefix00}; this is what rejects {@code 0000000000}, whose checksum passes.
 * </ul>
 * A non-digit stops the check with {@code inn.nonDigit}; a length other than 10 or 12 with {@code
 * inn.length}. Whether the length fits the entity type is {@link EntityTypeConsistencyRule}'s job.
 *
 * <p>Known limit of the algorithm: when the weighted sum is ≡ 0 or 10 (mod 11), some single-digit
 * errors still give a matching check digit (the "mod 10" folds 10 onto 0).
 */
public final class InnRule implements RequisitesRule {

  static final int[] WEIGHTS_10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  static final int[] WEIGHTS_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  static final int[] WEIGHTS_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

  @Override
  public List<Violation> check(RequisitesInput input) {
    return validate(input.inn());
  }

  /** Violations of one ИНН value; empty when valid or not given. */
  public List<Violation> validate(String raw) {
    String inn = Normalizer.normalize(raw);
    if (inn == null) {
      return List.of();
    }
    Optional<Violation> nonDigit =
        Digits.firstNonDigit(inn, RequisiteField.INN, ViolationCode.INN_NON_DIGIT);
    if (nonDigit.isPresent()) {
      return List.of(nonDigit.get());
    }
    if (inn.length() != 10 && inn.length() != 12) {
      return List.of(Violation.error(RequisiteField.INN, ViolationCode.INN_LENGTH, inn.length()));
    }
    List<Violation> found = new ArrayList<>();
    if (inn.startsWith("00")) {
      found.add(Violation.error(RequisiteField.INN, ViolationCode.INN_PREFIX_00));
    }
    if (inn.length() == 10) {
      if (checkDigit(inn, WEIGHTS_10) != Digits.digit(inn, 9)) {
        found.add(Violation.error(RequisiteField.INN, ViolationCode.INN_CHECKSUM));
      }
    } else {
      if (checkDigit(inn, WEIGHTS_11) != Digits.digit(inn, 10)) {
        found.add(Violation.error(RequisiteField.INN, ViolationCode.INN_CHECKSUM_11));
      }
      if (checkDigit(inn, WEIGHTS_12) != Digits.digit(inn, 11)) {
        found.add(Violation.error(RequisiteField.INN, ViolationCode.INN_CHECKSUM_12));
      }
    }
    return List.copyOf(found);
  }

  /** True for a well-formed ИНН of either length with correct check digits and no 00 prefix. */
  public static boolean isValid(String raw) {
    String inn = Normalizer.normalize(raw);
    return inn != null && new InnRule().validate(inn).isEmpty();
  }

  /** (Σ digit_i·weights_i) mod 11 mod 10 over the first weights.length digits of {@code digits}. */
  static int checkDigit(String digits, int[] weights) {
    return Digits.weightedSum(digits, weights) % 11 % 10;
  }
}
