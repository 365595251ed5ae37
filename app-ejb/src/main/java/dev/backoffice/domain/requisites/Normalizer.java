package dev.backoffice.domain.requisites;

/**
 * Removes the separators people type or paste into requisites, and nothing else.
 *
 * <p>Removed: space, tab, CR, LF, NBSP (U+00A0), figure space (U+2007), thin space (U+2009),
 * narrow NBSP (U+202F), zero-width space (U+200B), BOM (U+FEFF), hyphen-minus (-), hyphen (U+2010),
 * non-breaking hyphen (U+2011), figure dash (U+2012), en dash (U+2013), em dash (U+2014) and minus
 * sign (U+2212).
 *
 * <p>Never done: mapping look-alike letters to digits (Cyrillic О or З, Latin O, l, I), changing
 * letter case, or dropping any other character. A non-digit that survives normalisation is reported
 * by the rule with its character and position (russian-rules.md §1, first paragraph).
 */
public final class Normalizer {

  private static final String REMOVED =
      " \t\r\n\u00A0\u2007\u2009\u202F\u200B\uFEFF-\u2010\u2011\u2012\u2013\u2014\u2212";

  private Normalizer() {}

  /** True for a character that {@link #normalize(String)} removes. */
  public static boolean isSeparator(char c) {
    return REMOVED.indexOf(c) >= 0;
  }

  /**
   * The value without separators, or null when {@code raw} is null or contains only separators
   * ("not given").
   */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!isSeparator(c)) {
        out.append(c);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }
}
