package dev.backoffice.interfaces.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.domain.model.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every refusal the code can raise has words in Russian and in English. */
class ErrorMessagesTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Properties en = load("messages.properties");
    Properties ru = load("messages_ru.properties");
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ru.stringPropertyNames()));
  }

  @Test
  void everyErrorCodeInTheCodeHasAMessage() throws IOException {
    Set<String> codes = new TreeSet<>();
    Pattern raised = Pattern.compile("(?:InvalidInputException|ConflictException|DomainException|Refused)\\(\\s*\"([a-zA-Z.]+)\"");
    for (Path root : new Path[] {Path.of("../app-ejb/src/main/java"), Path.of("src/main/java")}) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = raised.matcher(Files.readString(f));
          while (m.find()) {
            codes.add(m.group(1));
          }
        }
      }
    }
    assertTrue(codes.size() > 20, "found the codes: " + codes);
    Properties en = load("messages.properties");
    Set<String> missing = new TreeSet<>();
    for (String code : codes) {
      if (!en.containsKey("error." + code)) {
        missing.add(code);
      }
    }
    assertEquals(Set.of(), missing, "codes without a message");
  }

  @Test
  void indexedFieldsAreNamedWithTheirNumber() {
    assertEquals("ФИО участника №3", ErrorMessages.fieldLabel(RU, "participants[2].fullName"));
    assertEquals("Contact e-mail", ErrorMessages.fieldLabel(Locale.ENGLISH, "contact.email"));
    assertEquals("somethingNew", ErrorMessages.fieldLabel(Locale.ENGLISH, "somethingNew"));
  }

  @Test
  void aRefusalReadsNaturallyInBothLanguages() {
    InvalidInputException e = new InvalidInputException("tooLong", "participants[0].email", 254);
    assertEquals("Participant e-mail №1: too long, at most 254 characters.", ErrorMessages.describe(e, Locale.ENGLISH));
    String ru = ErrorMessages.describe(e, RU);
    assertTrue(ru.startsWith("E-mail участника №1: слишком длинно"), ru);
    assertFalse(ru.contains("{"), ru);
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ErrorMessagesTest.class.getResourceAsStream("/dev/backoffice/interfaces/web/" + name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
