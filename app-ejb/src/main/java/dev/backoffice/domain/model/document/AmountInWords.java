package dev.backoffice.domain.model.document;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The total of a document in words ("сумма прописью", russian-rules.md §4), in Russian or English.
 *
 * <p>Amounts are exact: not negative, at most two decimals (trailing zeros beyond them are allowed: {@code 10.000} is
 * ten roubles), at most {@link #MAX} (999 999 999 999.99). The whole units are spelled out with a capital first letter, the minor
 * units are printed as two digits with the agreeing noun: "Двадцать одна тысяча один рубль 21 копейка",
 * "One thousand two hundred thirty-four roubles 56 kopecks".
 *
 * <p>Number words come from ICU's spellout rules and noun forms from ICU's plural rules; only the nouns themselves
 * are written here. In Russian each group of three digits is spelled on its own (feminine before "тысяча", masculine
 * before "миллион", "миллиард" and the currency) and its noun chosen by the plural category of that group, so the
 * result follows §4 whatever phrasing ICU uses for a whole number (it always reads "Одна тысяча рублей", never
 * "Тысяча рублей"). Thread-safe.
 */
public final class AmountInWords {

  /** The largest amount accepted: under a trillion. */
  public static final BigDecimal MAX = new BigDecimal("999999999999.99");

  private static final String MAX_TEXT = "999 999 999 999.99";
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final String RU_MASCULINE = "%spellout-cardinal-masculine";
  private static final String RU_FEMININE = "%spellout-cardinal-feminine";
  private static final String EN_CARDINAL = "%spellout-cardinal";

  /** A noun in the forms ICU's plural categories select: one, few, many (Russian) or one, other (English). */
  private record Noun(boolean feminine, Map<String, String> forms) {
    static Noun ru(boolean feminine, String one, String few, String many) {
      return new Noun(feminine, Map.of(PluralRules.KEYWORD_ONE, one, PluralRules.KEYWORD_FEW, few, PluralRules.KEYWORD_MANY, many));
    }

    static Noun en(String one, String other) {
      return new Noun(false, Map.of(PluralRules.KEYWORD_ONE, one, PluralRules.KEYWORD_OTHER, other));
    }

    String form(PluralRules rules, long n) {
      String form = forms.get(rules.select(n));
      if (form == null) {
        throw new IllegalStateException("no noun form for " + n + " (" + rules.select(n) + ") in " + forms);
      }
      return form;
    }
  }

  /** The major and minor unit of a currency in one language. */
  private record Units(Noun major, Noun minor) {}

  /** The three-digit groups above the units, highest first (§4 step 1: миллиарды, миллионы, тысячи). */
  private static final List<Noun> RU_SCALES =
      List.of(
          Noun.ru(false, "миллиард", "миллиарда", "миллиардов"),
          Noun.ru(false, "миллион", "миллиона", "миллионов"),
          Noun.ru(true, "тысяча", "тысячи", "тысяч"));

  private static final Map<String, Units> RU_UNITS =
      Map.of(
          "RUB", new Units(Noun.ru(false, "рубль", "рубля", "рублей"), Noun.ru(true, "копейка", "копейки", "копеек")),
          "USD", new Units(Noun.ru(false, "доллар США", "доллара США", "долларов США"), Noun.ru(false, "цент", "цента", "центов")),
          "EUR", new Units(Noun.ru(false, "евро", "евро", "евро"), Noun.ru(false, "цент", "цента", "центов")));

  private static final Map<String, Units> EN_UNITS =
      Map.of(
          "RUB", new Units(Noun.en("rouble", "roubles"), Noun.en("kopeck", "kopecks")),
          "USD", new Units(Noun.en("dollar", "dollars"), Noun.en("cent", "cents")),
          "EUR", new Units(Noun.en("euro", "euros"), Noun.en("cent", "cents")));

  private static final PluralRules RU_PLURALS = PluralRules.forLocale(ULocale.forLocale(RUSSIAN));
  private static final PluralRules EN_PLURALS = PluralRules.forLocale(ULocale.ENGLISH);

  /** ICU's formatters are not thread-safe: every use holds the formatter's lock (formatting takes microseconds). */
  private static final RuleBasedNumberFormat RU_SPELLOUT = new RuleBasedNumberFormat(ULocale.forLocale(RUSSIAN), RuleBasedNumberFormat.SPELLOUT);

  private static final RuleBasedNumberFormat EN_SPELLOUT = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);

  private AmountInWords() {}

  /**
   * The amount in words in the language of {@code locale} (Russian or English) for a currency code (RUB, USD, EUR).
   *
   * @throws IllegalArgumentException for a negative, inexact (more than two decimals) or too large amount, an
   *     unsupported currency or language
   */
  public static String spell(BigDecimal amount, String currency, Locale locale) {
    if (locale == null) {
      throw new IllegalArgumentException("A language for the amount in words is required");
    }
    return switch (locale.getLanguage()) {
      case "ru" -> russian(amount, currency);
      case "en" -> english(amount, currency);
      default -> throw new IllegalArgumentException("Amounts in words are available in Russian and English, not in " + locale);
    };
  }

  /** Roubles in Russian, as on a Russian invoice: "Две тысячи рублей 02 копейки". */
  public static String russian(BigDecimal amount) {
    return russian(amount, "RUB");
  }

  /** The amount in English for documents for foreign clients: "One thousand two hundred thirty-four roubles 56 kopecks". */
  public static String english(BigDecimal amount, String currency) {
    Units units = units(EN_UNITS, currency);
    BigDecimal exact = checked(amount);
    long major = exact.longValue();
    int minor = minorUnits(exact);
    String words;
    synchronized (EN_SPELLOUT) {
      words = EN_SPELLOUT.format(major, EN_CARDINAL);
    }
    return capitalized(words, Locale.ENGLISH)
        + " "
        + units.major().form(EN_PLURALS, major)
        + " "
        + twoDigits(minor)
        + " "
        + units.minor().form(EN_PLURALS, minor);
  }

  private static String russian(BigDecimal amount, String currency) {
    Units units = units(RU_UNITS, currency);
    BigDecimal exact = checked(amount);
    long major = exact.longValue();
    int minor = minorUnits(exact);
    List<String> words = new ArrayList<>();
    if (major == 0) {
      words.add(spellRussian(0, units.major().feminine()));
    }
    long divisor = 1_000_000_000L;
    for (Noun scale : RU_SCALES) {
      int group = (int) (major / divisor % 1000);
      if (group != 0) { // §4 step 4: empty groups are skipped
        words.add(spellRussian(group, scale.feminine()));
        words.add(scale.form(RU_PLURALS, group));
      }
      divisor /= 1000;
    }
    int unitsGroup = (int) (major % 1000);
    if (unitsGroup != 0) {
      words.add(spellRussian(unitsGroup, units.major().feminine()));
    }
    // §4 step 4: the currency noun is always printed and agrees with the units group ("…тысяча рублей").
    words.add(units.major().form(RU_PLURALS, unitsGroup));
    words.add(twoDigits(minor));
    words.add(units.minor().form(RU_PLURALS, minor));
    return capitalized(String.join(" ", words), RUSSIAN);
  }

  private static String spellRussian(int group, boolean feminine) {
    synchronized (RU_SPELLOUT) {
      return RU_SPELLOUT.format(group, feminine ? RU_FEMININE : RU_MASCULINE);
    }
  }

  private static BigDecimal checked(BigDecimal amount) {
    if (amount == null) {
      throw new IllegalArgumentException("An amount is required");
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("An amount in words cannot be negative: " + amount.toPlainString());
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("An amount has at most two decimals (kopecks, cents): " + amount.toPlainString());
    }
    if (amount.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("An amount in words is at most " + MAX_TEXT + ": " + amount.toPlainString());
    }
    return amount;
  }

  private static Units units(Map<String, Units> table, String currency) {
    Units units = currency == null ? null : table.get(currency);
    if (units == null) {
      throw new IllegalArgumentException("Amounts in words are available for " + table.keySet().stream().sorted().toList() + ", not for " + currency);
    }
    return units;
  }

  private static int minorUnits(BigDecimal exact) {
    return exact.remainder(BigDecimal.ONE).movePointRight(2).intValueExact();
  }

  private static String twoDigits(int minor) {
    return minor < 10 ? "0" + minor : Integer.toString(minor);
  }

  private static String capitalized(String words, Locale locale) {
    return words.substring(0, 1).toUpperCase(locale) + words.substring(1);
  }
}
