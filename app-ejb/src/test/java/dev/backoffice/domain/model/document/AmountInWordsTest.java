package dev.backoffice.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // russian-rules.md §4 item 6
        "101234567.89 | Сто один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь рублей 89 копеек",
        "21001.21     | Двадцать одна тысяча один рубль 21 копейка",
        "2000.02      | Две тысячи рублей 02 копейки",
        "1000         | Одна тысяча рублей 00 копеек",
        // §4 step 5
        "0            | Ноль рублей 00 копеек",
        "0.00         | Ноль рублей 00 копеек",
        "0.01         | Ноль рублей 01 копейка",
        // typical bugs: 11–14
        "11           | Одиннадцать рублей 00 копеек",
        "12           | Двенадцать рублей 00 копеек",
        "13.00        | Тринадцать рублей 00 копеек",
        "14           | Четырнадцать рублей 00 копеек",
        "111          | Сто одиннадцать рублей 00 копеек",
        "11000        | Одиннадцать тысяч рублей 00 копеек",
        "12000000     | Двенадцать миллионов рублей 00 копеек",
        "1             | Один рубль 00 копеек",
        "2             | Два рубля 00 копеек",
        "5             | Пять рублей 00 копеек",
        "21            | Двадцать один рубль 00 копеек",
        "22            | Двадцать два рубля 00 копеек",
        "25            | Двадцать пять рублей 00 копеек",
        "21000         | Двадцать одна тысяча рублей 00 копеек",
        "2000          | Две тысячи рублей 00 копеек",
        "5000          | Пять тысяч рублей 00 копеек",
        "1001          | Одна тысяча один рубль 00 копеек",
        "1000000       | Один миллион рублей 00 копеек",
        "2000000       | Два миллиона рублей 00 копеек",
        "5000000       | Пять миллионов рублей 00 копеек",
        "1000001       | Один миллион один рубль 00 копеек",
        "1001000       | Один миллион одна тысяча рублей 00 копеек",
        "1000000000    | Один миллиард рублей 00 копеек",
        "2002002002    | Два миллиарда два миллиона две тысячи два рубля 00 копеек",
        "111111111.11  | Сто одиннадцать миллионов сто одиннадцать тысяч сто одиннадцать рублей 11 копеек",
        "61000         | Шестьдесят одна тысяча рублей 00 копеек",
        "11000.00      | Одиннадцать тысяч рублей 00 копеек",
        "999999999999.99 | Девятьсот девяносто девять миллиардов девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч девятьсот девяносто девять рублей 99 копеек",
        // kopecks
        "1.01          | Один рубль 01 копейка",
        "1.02          | Один рубль 02 копейки",
        "1.05          | Один рубль 05 копеек",
        "1.11          | Один рубль 11 копеек",
        "1.21          | Один рубль 21 копейка",
        "1.1           | Один рубль 10 копеек",
        "10.000        | Десять рублей 00 копеек",
      })
  void russianFollowsTheInvoiceConvention(String amount, String words) {
    assertEquals(words, AmountInWords.russian(new BigDecimal(amount)));
    assertEquals(words, AmountInWords.spell(new BigDecimal(amount), "RUB", Locale.forLanguageTag("ru-RU")));
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234.56   | RUB | One thousand two hundred thirty-four roubles 56 kopecks",
        "1         | RUB | One rouble 00 kopecks",
        "1.01      | RUB | One rouble 01 kopeck",
        "0.01      | RUB | Zero roubles 01 kopeck",
        "21.21     | RUB | Twenty-one roubles 21 kopecks",
        "2000000   | RUB | Two million roubles 00 kopecks",
        "101.10    | USD | One hundred one dollars 10 cents",
        "1.01      | USD | One dollar 01 cent",
        "1000      | EUR | One thousand euros 00 cents",
        "1         | EUR | One euro 00 cents",
      })
  void englishForForeignClients(String amount, String currency, String words) {
    assertEquals(words, AmountInWords.english(new BigDecimal(amount), currency));
    assertEquals(words, AmountInWords.spell(new BigDecimal(amount), currency, Locale.UK));
  }

  @Test
  void foreignCurrenciesInRussian() {
    assertEquals("Двадцать один доллар США 01 цент", AmountInWords.spell(new BigDecimal("21.01"), "USD", Locale.forLanguageTag("ru")));
    assertEquals("Две тысячи евро 05 центов", AmountInWords.spell(new BigDecimal("2000.05"), "EUR", Locale.forLanguageTag("ru")));
  }

  @Test
  void badAmountsAreRefused() {
    assertRefused(null);
    assertRefused(new BigDecimal("-0.01"));
    assertRefused(new BigDecimal("1.001"));
    assertRefused(new BigDecimal("1000000000000"));
    assertRefused(new BigDecimal("999999999999.991"));
    assertThrows(IllegalArgumentException.class, () -> AmountInWords.english(BigDecimal.ONE, "GBP"));
    assertThrows(IllegalArgumentException.class, () -> AmountInWords.spell(BigDecimal.ONE, null, Locale.ENGLISH));
    assertThrows(IllegalArgumentException.class, () -> AmountInWords.spell(BigDecimal.ONE, "RUB", Locale.GERMAN));
    assertThrows(IllegalArgumentException.class, () -> AmountInWords.spell(BigDecimal.ONE, "RUB", null));
  }

  /**
   * Random amounts: the rouble and kopeck nouns agree as russian-rules.md §4 step 3 says (computed here by the rule
   * itself, not by ICU), the text starts with a capital and has no doubled spaces, and the kopecks are two digits.
   */
  @Test
  void nounsAgreeForRandomAmounts() {
    Random random = new Random(20260401L);
    for (int i = 0; i < 5000; i++) {
      long rubles = switch (i % 4) {
        case 0 -> random.nextInt(1000);
        case 1 -> random.nextInt(1_000_000);
        case 2 -> random.nextLong(1_000_000_000_000L);
        default -> random.nextInt(100) * 1000L + random.nextInt(30);
      };
      int kopecks = random.nextInt(100);
      BigDecimal amount = BigDecimal.valueOf(rubles * 100 + kopecks, 2);
      String words = AmountInWords.russian(amount);
      String expectedEnding = nounBySection4(rubles % 1000, "рубль", "рубля", "рублей") + " " + String.format("%02d", kopecks) + " " + nounBySection4(kopecks, "копейка", "копейки", "копеек");
      assertTrue(words.endsWith(" " + expectedEnding), amount + " → " + words + " should end with " + expectedEnding);
      assertTrue(Character.isUpperCase(words.charAt(0)) && !words.contains("  "), words);
      if (rubles % 1_000_000 / 1000 != 0) {
        String thousands = nounBySection4(rubles % 1_000_000 / 1000, "тысяча", "тысячи", "тысяч");
        assertTrue(words.contains(" " + thousands + " ") || words.startsWith(capital(thousands)), amount + " → " + words + " should contain " + thousands);
      } else {
        assertTrue(!words.contains("тысяч"), amount + " → " + words + " has an empty thousands group");
      }
    }
  }

  @Test
  void isSafeToUseFromManyThreads() {
    List<BigDecimal> amounts = new Random(7L).longs(20_000, 0, 100_000_000_000L).mapToObj(k -> BigDecimal.valueOf(k, 2)).toList();
    List<String> oneThread = amounts.stream().map(a -> AmountInWords.russian(a) + AmountInWords.english(a, "USD")).toList();
    List<String> manyThreads = amounts.parallelStream().map(a -> AmountInWords.russian(a) + AmountInWords.english(a, "USD")).toList();
    assertEquals(oneThread, manyThreads);
  }

  private static String nounBySection4(long n, String one, String few, String many) {
    if (n % 100 >= 11 && n % 100 <= 14) {
      return many;
    }
    if (n % 10 == 1) {
      return one;
    }
    return n % 10 >= 2 && n % 10 <= 4 ? few : many;
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void assertRefused(BigDecimal amount) {
    assertThrows(IllegalArgumentException.class, () -> AmountInWords.russian(amount), String.valueOf(amount));
    assertThrows(IllegalArgumentException.class, () -> AmountInWords.english(amount, "RUB"), String.valueOf(amount));
  }
}
