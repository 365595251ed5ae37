package dev.backoffice.domain.requisites;

import java.util.List;
import java.util.regex.Pattern;

/**
 * КПП: 9 characters {@code NNNN PP XXX} matching the FNS XSD type КППТип {@code
 * ^([0-9][1-9]|[1-9][0-9])[0-9]{2}[0-9A-Z]{2}[0-9]{3}$}. Source: russian-rules.md §1.3. There is no
 * checksum.
 *
 * <p>So that the user learns exactly what to fix, the pattern is checked character by character and
 * the first offending character is reported with its position:
 * <ul>
 *   <li>{@code kpp.length} — not 9 characters;
 *   <li>{@code kpp.cyrillic} — a Cyrillic letter anywhere (the look-alikes А В Е К М Н О Р С Т Х in
 *       positions 5–6 are the usual trap: they look like Latin capitals but are not);
 *   <li>{@code kpp.nonDigit} — any other non-digit in positions 1–4 or 7–9;
 *   <li>{@code kpp.lowercase} — a lower-case Latin letter in positions 5–6 (not silently upper-cased);
 *   <li>{@code kpp.pattern} — any other character in positions 5–6;
 *   <li>{@code kpp.prefix00} — first two digits {@code 00}.
 * </ul>
 * Required for organisations / forbidden for ИП is checked elsewhere ({@link
 * EntityTypeConsistencyRule}, {@link RequisitesGate#checkComplete(RequisitesInput)}).
 */
public final class KppRule implements RequisitesRule {

  /** The FNS XSD pattern, verbatim; the rule is tested to agree with it. */
  public static final Pattern FNS_PATTERN =
      Pattern.compile("^([0-9][1-9]|[1-9][0-9])[0-9]{2}[0-9A-Z]{2}[0-9]{3}$");

  @Override
  public List<Violation> check(RequisitesInput input) {
    return validate(input.kpp());
  }

  /** Violations of one КПП value; empty when valid or not given. At most one violation. */
  public List<Violation> validate(String raw) {
    String kpp = Normalizer.normalize(raw);
    if (kpp == null) {
      return List.of();
    }
    int length = kpp.codePointCount(0, kpp.length());
    if (length != 9) {
      return List.of(Violation.error(RequisiteField.KPP, ViolationCode.KPP_LENGTH, length));
    }
    int position = 0;
    for (int i = 0; i < kpp.length(); ) {
      int cp = kpp.codePointAt(i);
      position++;
      String code = offence(cp, position);
      if (code != null) {
        return List.of(Digits.characterViolation(RequisiteField.KPP, code, cp, position));
      }
      i += Character.charCount(cp);
    }
    if (kpp.startsWith("00")) {
      return List.of(Violation.error(RequisiteField.KPP, ViolationCode.KPP_PREFIX_00));
    }
    return List.of();
  }

  /** The code for a character not allowed at {@code position} (1-based), or null if allowed. */
  private static String offence(int cp, int position) {
    if (Digits.isAsciiDigit(cp)) {
      return null;
    }
    if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC) {
      return ViolationCode.KPP_CYRILLIC;
    }
    boolean reasonPosition = position == 5 || position == 6;
    if (!reasonPosition) {
      return ViolationCode.KPP_NON_DIGIT;
    }
    if (cp >= 'A' && cp <= 'Z') {
      return null;
    }
    if (cp >= 'a' && cp <= 'z') {
      return ViolationCode.KPP_LOWERCASE;
    }
    return ViolationCode.KPP_PATTERN;
  }

  /** True for a КПП that matches {@link #FNS_PATTERN} after normalisation. */
  public static boolean isValid(String raw) {
    String kpp = Normalizer.normalize(raw);
    return kpp != null && new KppRule().validate(kpp).isEmpty();
  }
}
