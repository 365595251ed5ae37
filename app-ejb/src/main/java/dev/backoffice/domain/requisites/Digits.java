package dev.backoffice.domain.requisites;

import java.util.Optional;

/** Small helpers on strings of ASCII digits shared by the rules (package-private). */
final class Digits {

  private Digits() {}

  static boolean isAsciiDigit(int codePoint) {
    return codePoint >= '0' && codePoint <= '9';
  }

  /** True if {@code s} is non-null, has {@code length} characters and all are ASCII digits. */
  static boolean isDigits(String s, int length) {
    return s != null && s.length() == length && s.chars().allMatch(Digits::isAsciiDigit);
  }

  /**
   * The first character that is not an ASCII digit, reported as {@code code} with args (character,
   * 1-based position counted in code points, "U+XXXX").
   */
  static Optional<Violation> firstNonDigit(String s, RequisiteField field, String code) {
    int position = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      position++;
      if (!isAsciiDigit(cp)) {
        return Optional.of(characterViolation(field, code, cp, position));
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }

  static Violation characterViolation(RequisiteField field, String code, int cp, int position) {
    return Violation.error(field, code, new String(Character.toChars(cp)), position, codePoint(cp));
  }

  static String codePoint(int cp) {
    return String.format("U+%04X", cp);
  }

  static int digit(String s, int index) {
    return s.charAt(index) - '0';
  }

  /** Σ digit(i)·weights[i] for i in 0..weights.length-1. */
  static int weightedSum(String s, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += digit(s, i) * weights[i];
    }
    return sum;
  }

  /**
   * The decimal number formed by the first {@code count} digits of {@code s}, modulo {@code m},
   * computed digit by digit (Horner), so it never overflows whatever the length.
   */
  static int mod(String s, int count, int m) {
    int r = 0;
    for (int i = 0; i < count; i++) {
      r = (r * 10 + digit(s, i)) % m;
    }
    return r;
  }
}
