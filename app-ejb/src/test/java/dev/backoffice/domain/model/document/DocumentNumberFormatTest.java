package dev.backoffice.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backoffice.domain.model.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberFormatTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{YYYY}-{N:4}|2026|12|2026-0012",
        "{YYYY}-{N:4}|2026|12345|2026-12345",
        "{N}|2026|7|7",
        "СЧ-{YY}/{N:3}|2026|5|СЧ-26/005",
        "№{N:2}-{YYYY}|2027|1|№01-2027",
        "A {N}|2026|10|A 10"
      })
  void formats(String pattern, int year, int seq, String expected) {
    assertEquals(expected, DocumentNumberFormat.of(pattern).format(year, seq));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{YYYY}", "{N}-{N}", "{N:0}", "{X}-{N}", "{N}<script>", "{N}$1", "{n}"})
  void refusesFormatsThatCannotNumberOrPrintSafely(String pattern) {
    assertThrows(InvalidInputException.class, () -> DocumentNumberFormat.of(pattern));
  }

  @Test
  void numbersStartAtOne() {
    assertThrows(IllegalArgumentException.class, () -> DocumentNumberFormat.of("{N}").format(2026, 0));
  }

  @Test
  void differentSequenceNumbersNeverPrintTheSame() {
    DocumentNumberFormat f = DocumentNumberFormat.of("{YYYY}-{N:2}");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 1; i <= 2000; i++) {
      assertEquals(true, seen.add(f.format(2026, i)), "duplicate at " + i);
    }
  }
}
