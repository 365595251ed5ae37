package dev.backoffice.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFormatTest {

  private static final Locale RU = Locale.forLanguageTag("ru-RU");

  /** Writes the expected text with "_" for the no-break space, so the tests show where it must be. */
  private static String nbsp(String text) {
    return text.replace('_', '\u00A0');
  }

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource({
    "1234567.89, 1_234_567'89, '1,234,567.89'",
    "0, 0'00, 0.00",
    "0.5, 0'50, 0.50",
    "999, 999'00, 999.00",
    "1000, 1_000'00, '1,000.00'",
    "61000.00, 61_000'00, '61,000.00'",
    "999999999999.99, 999_999_999_999'99, '999,999,999,999.99'",
    "-1234.5, -1_234'50, '-1,234.50'",
    "10.000, 10'00, 10.00",
  })
  void documentsPrintTwoDecimalsAndGroupThousands(String amount, String russian, String english) {
    assertEquals(nbsp(russian.replace('\'', ',')), MoneyFormat.russian(new BigDecimal(amount)));
    assertEquals(english, MoneyFormat.english(new BigDecimal(amount)));
  }

  @Test
  void inexactAmountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> MoneyFormat.russian(new BigDecimal("1.005")));
    assertThrows(IllegalArgumentException.class, () -> MoneyFormat.english(null));
  }

  @Test
  void theVatPhraseSaysIncludingOrNotApplicable() {
    BigDecimal vat = VatCalculator.calculate(List.of(new VatItem("Участие", 1, new BigDecimal("61000"))), VatRule.included(22), VatRounding.PER_LINE).totals().vat();
    assertEquals(nbsp("в т.ч. НДС 22_% — 11_000,00 руб."), MoneyFormat.vatPhrase(VatRule.included(22), vat, RU));
    assertEquals(nbsp("в т.ч. НДС 22_% — 11_000,00 руб."), MoneyFormat.vatPhrase(VatRule.added(22), new BigDecimal("11000"), RU));
    assertEquals(nbsp("в т.ч. НДС 10_% — 100,00 руб."), MoneyFormat.vatPhrase(VatRule.included(10), new BigDecimal("100"), RU));
    assertEquals(nbsp("в т.ч. НДС 0_% — 0,00 руб."), MoneyFormat.vatPhrase(VatRule.added(0), BigDecimal.ZERO, RU));
    assertEquals(nbsp("incl. VAT 22_% — 11,000.00 RUB"), MoneyFormat.vatPhrase(VatRule.included(22), vat, Locale.ENGLISH));
    VatRule none = VatRule.withoutVat("УСН, ст. 346.11 НК РФ");
    assertEquals("НДС не облагается", MoneyFormat.vatPhrase(none, null, RU));
    assertEquals("VAT not applicable", MoneyFormat.vatPhrase(none, null, Locale.US));
    assertThrows(IllegalArgumentException.class, () -> MoneyFormat.vatPhrase(VatRule.added(22), null, RU));
    assertThrows(IllegalArgumentException.class, () -> MoneyFormat.vatPhrase(VatRule.added(22), new BigDecimal("-1"), RU));
    assertThrows(IllegalArgumentException.class, () -> MoneyFormat.vatPhrase(VatRule.added(22), BigDecimal.ONE, Locale.FRENCH));
  }
}
