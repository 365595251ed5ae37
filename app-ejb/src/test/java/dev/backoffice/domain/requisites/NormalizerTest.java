package dev.backoffice.domain.requisites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizerTest {

  @ParameterizedTest(name = "[{index}] separator U+{0}")
  @ValueSource(
      strings = {
        "0020", "00A0", "202F", "0009", "002D", "2010", "2011", "2013", "2014", // required by the brief
        "2012", "2212", "2007", "2009", "200B", "FEFF", "000D", "000A" // extra, documented
      })
  void removesEverySeparator(String hex) {
    char separator = (char) Integer.parseInt(hex, 16);
    assertTrue(Normalizer.isSeparator(separator));
    assertEquals("7707083893", Normalizer.normalize("7707" + separator + "083" + separator + "893"));
  }

  @Test
  void removesMixedFormatting() {
    assertEquals("7707083893", Normalizer.normalize(" 77\u00A007\u202F08-38\u201393\t"));
    assertEquals(
        "30101810400000000225", Normalizer.normalize("301 018 104 0000\u00A00000225"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\u00A0\u202F", "—", " - ", "\t\r\n"})
  void blankMeansNotGiven(String raw) {
    assertNull(Normalizer.normalize(raw));
  }

  @ParameterizedTest(name = "[{index}] keeps {0}")
  @ValueSource(
      strings = {
        "77О7083893", // Cyrillic О
        "77O7083893", // Latin O
        "770708З893", // Cyrillic З
        "77o7083893", // Latin o
        "7750ab001", // lower case stays lower case
        "７７０７０８３８９３", // full-width digits are not mapped either
        "7707_083893"
      })
  void neverMapsLookAlikesOrChangesCase(String raw) {
    assertEquals(raw, Normalizer.normalize(raw));
  }

  @Test
  void isIdempotent() {
    String once = Normalizer.normalize(" 0445 25-225 ");
    assertEquals(once, Normalizer.normalize(once));
  }
}
