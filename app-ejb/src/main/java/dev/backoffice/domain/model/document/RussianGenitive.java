package dev.backoffice.domain.model.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The genitive case (родительный падеж) of a signatory's name and position, for "в лице генерального директора
 * Иванова Ивана Ивановича, действующего на основании Устава". Rules for Russian full names (фамилия имя отчество,
 * gender from the patronymic) and for positions (leading adjectives and the head noun; the rest of a position is
 * already a genitive complement: "директор департамента" → "директора департамента").
 *
 * <p>It answers only where the rules are sure; anything else (a name without a patronymic that could be either
 * gender, a word of an unknown shape, Latin letters) gives an empty result, and the document says "в лице
 * представителя: …" in the nominative instead of printing a wrong form.
 */
public final class RussianGenitive {

  /** The signatory's gender, as Russian grammar needs it ("действующего" / "действующей"). */
  public enum Gender {
    MALE,
    FEMALE
  }

  /** The genitive of a full name and the gender it was declined for. */
  public record Name(String genitive, Gender gender) {}

  private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщ";
  private static final String HUSHING_OR_VELAR = "гкхжшчщ";
  private static final Set<String> MALE_NAMES_IN_A =
      Set.of("никита", "илья", "фома", "кузьма", "савва", "лука", "данила", "гаврила", "фока", "иона", "миша", "саша");

  /** Male first names that lose a vowel. */
  private static final java.util.Map<String, String> FLEETING =
      java.util.Map.of("петр", "Петра", "павел", "Павла", "лев", "Льва");

  private RussianGenitive() {}

  /**
   * The genitive of "Фамилия Имя Отчество" (two or three words, Cyrillic). The gender comes from the patronymic
   * (…ич / …на); without one, from the first name only where that is unambiguous.
   */
  public static Optional<Name> fullName(String nominative) {
    if (nominative == null || !cyrillicWords(nominative)) {
      return Optional.empty();
    }
    String[] w = nominative.strip().split("\\s+");
    if (w.length < 2 || w.length > 3) {
      return Optional.empty();
    }
    Gender gender;
    if (w.length == 3) {
      String p = lower(w[2]);
      if (p.endsWith("ич")) {
        gender = Gender.MALE;
      } else if (p.endsWith("на")) {
        gender = Gender.FEMALE;
      } else {
        return Optional.empty(); // оглы, кызы and the like: leave them to a person
      }
    } else {
      String first = lower(w[1]);
      if (MALE_NAMES_IN_A.contains(first)) {
        gender = Gender.MALE;
      } else if (first.endsWith("а") || first.endsWith("я")) {
        gender = Gender.FEMALE;
      } else if (endsWithConsonant(first) || first.endsWith("й") || first.endsWith("ь")) {
        gender = first.endsWith("ь") ? null : Gender.MALE; // Любовь, Игорь: not sure
        if (gender == null) {
          return Optional.empty();
        }
      } else {
        return Optional.empty();
      }
    }
    Optional<String> surname = surname(w[0], gender);
    Optional<String> first = firstName(w[1], gender);
    Optional<String> patronymic = w.length == 3 ? patronymic(w[2], gender) : Optional.of("");
    if (surname.isEmpty() || first.isEmpty() || patronymic.isEmpty()) {
      return Optional.empty();
    }
    String result = surname.get() + " " + first.get() + (w.length == 3 ? " " + patronymic.get() : "");
    return Optional.of(new Name(result, gender));
  }

  /**
   * The genitive of a position: in each comma-separated part the leading adjectives and the first noun change, the
   * rest stays ("Президент, Председатель Правления" → "Президента, Председателя Правления").
   */
  public static Optional<String> position(String nominative) {
    if (nominative == null || nominative.isBlank() || !cyrillicWords(nominative.replace(",", " ").replace("-", " "))) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String part : nominative.strip().split("\\s*,\\s*")) {
      Optional<String> p = positionPart(part);
      if (p.isEmpty()) {
        return Optional.empty();
      }
      parts.add(p.get());
    }
    return Optional.of(String.join(", ", parts));
  }

  private static Optional<String> positionPart(String part) {
    String[] w = part.split("\\s+");
    StringBuilder out = new StringBuilder();
    boolean headDone = false;
    for (int i = 0; i < w.length; i++) {
      String word = w[i];
      String result = word;
      if (!headDone) {
        String l = lower(word);
        if (isAdjective(l)) {
          result = adjective(word);
        } else {
          Optional<String> noun = noun(word);
          if (noun.isEmpty()) {
            return Optional.empty();
          }
          result = noun.get();
          headDone = true;
        }
      }
      if (i > 0) {
        out.append(' ');
      }
      out.append(result);
    }
    return headDone ? Optional.of(out.toString()) : Optional.empty();
  }

  private static boolean isAdjective(String l) {
    return l.length() > 3 && (l.endsWith("ый") || l.endsWith("ий") || l.endsWith("ой") || l.endsWith("ая"));
  }

  private static String adjective(String word) {
    String l = lower(word);
    String stem = word.substring(0, word.length() - 2);
    char before = l.charAt(l.length() - 3);
    if (l.endsWith("ая")) {
      return stem + ("жшчщ".indexOf(before) >= 0 ? "ей" : "ой");
    }
    if (l.endsWith("ий") && "жшчщ".indexOf(before) >= 0) {
      return stem + "его";
    }
    if (l.endsWith("ий") && "гкх".indexOf(before) < 0) {
      return stem + "его"; // синий → синего
    }
    return stem + "ого";
  }

  private static Optional<String> noun(String word) {
    String l = lower(word);
    if (l.length() < 2) {
      return Optional.empty();
    }
    char last = l.charAt(l.length() - 1);
    String stem = word.substring(0, word.length() - 1);
    if (CONSONANTS.indexOf(last) >= 0) {
      return Optional.of(word + "а");
    }
    if (last == 'ь' || last == 'й') {
      return Optional.of(stem + "я");
    }
    if (last == 'а') {
      return Optional.of(stem + (HUSHING_OR_VELAR.indexOf(l.charAt(l.length() - 2)) >= 0 ? "и" : "ы"));
    }
    if (last == 'я') {
      return Optional.of(stem + "и");
    }
    return Optional.empty();
  }

  static Optional<String> surname(String word, Gender g) {
    String l = lower(word);
    if (l.contains("-")) {
      // Римский-Корсаков: both parts
      String[] parts = word.split("-");
      List<String> out = new ArrayList<>();
      for (String p : parts) {
        Optional<String> d = surname(p, g);
        if (d.isEmpty()) {
          return Optional.empty();
        }
        out.add(d.get());
      }
      return Optional.of(String.join("-", out));
    }
    if (l.length() < 2) {
      return Optional.empty();
    }
    String stem2 = word.substring(0, word.length() - 2);
    String stem1 = word.substring(0, word.length() - 1);
    // never declined: Черных, Долгих, Шевченко, Дурново, Гюго, Шойгу, Ли …
    if (l.endsWith("ых") || l.endsWith("их") || l.endsWith("о") || l.endsWith("е") || l.endsWith("э")
        || l.endsWith("и") || l.endsWith("ы") || l.endsWith("у") || l.endsWith("ю")) {
      return Optional.of(word);
    }
    if (g == Gender.MALE) {
      if (l.endsWith("ский") || l.endsWith("цкий") || l.endsWith("ый") || l.endsWith("ой")) {
        return Optional.of(stem2 + "ого");
      }
      if (l.endsWith("ий")) {
        return Optional.of(stem2 + (HUSHING_OR_VELAR.indexOf(l.charAt(l.length() - 3)) >= 0 ? "ого" : "его"));
      }
      if (endsWithConsonant(l)) {
        return Optional.of(word + "а"); // Иванов, Греф, Ковальчук, Ильин
      }
      if (l.endsWith("й") || l.endsWith("ь")) {
        return Optional.of(stem1 + "я"); // Гайдай, Гоголь
      }
      if (l.endsWith("а")) {
        return Optional.of(stem1 + (HUSHING_OR_VELAR.indexOf(l.charAt(l.length() - 2)) >= 0 ? "и" : "ы"));
      }
      if (l.endsWith("я")) {
        return Optional.of(stem1 + "и");
      }
      return Optional.empty();
    }
    // female
    if (l.endsWith("ова") || l.endsWith("ева") || l.endsWith("ёва") || l.endsWith("ина") || l.endsWith("ына")) {
      return Optional.of(stem1 + "ой");
    }
    if (l.endsWith("ская") || l.endsWith("цкая") || l.endsWith("ая")) {
      return Optional.of(stem2 + ("жшчщ".indexOf(l.charAt(l.length() - 3)) >= 0 ? "ей" : "ой"));
    }
    if (endsWithConsonant(l) || l.endsWith("ь") || l.endsWith("й")) {
      return Optional.of(word); // Греф, Ковальчук for a woman: not declined
    }
    if (l.endsWith("а")) {
      return Optional.of(stem1 + (HUSHING_OR_VELAR.indexOf(l.charAt(l.length() - 2)) >= 0 ? "и" : "ы"));
    }
    if (l.endsWith("я")) {
      return Optional.of(stem1 + "и");
    }
    return Optional.empty();
  }

  static Optional<String> firstName(String word, Gender g) {
    String l = lower(word);
    if (g == Gender.MALE && FLEETING.containsKey(l)) {
      return Optional.of(word.charAt(0) + FLEETING.get(l).substring(1)); // Пётр → Петра, Лев → Льва
    }
    String stem1 = word.substring(0, word.length() - 1);
    if (l.endsWith("ия")) {
      return Optional.of(stem1 + "и"); // Мария → Марии
    }
    if (l.endsWith("а")) {
      return Optional.of(stem1 + (HUSHING_OR_VELAR.indexOf(l.charAt(l.length() - 2)) >= 0 ? "и" : "ы"));
    }
    if (l.endsWith("я")) {
      return Optional.of(stem1 + "и"); // Илья → Ильи, Татьяна handled above
    }
    if (g == Gender.MALE) {
      if (endsWithConsonant(l)) {
        return Optional.of(word + "а");
      }
      if (l.endsWith("й") || l.endsWith("ь")) {
        return Optional.of(stem1 + "я"); // Андрей, Игорь
      }
      return Optional.empty();
    }
    if (l.endsWith("ь")) {
      return Optional.of(stem1 + "и"); // Любовь → Любови
    }
    if (endsWithConsonant(l)) {
      return Optional.of(word); // Рахиль, Кармен: not declined
    }
    return Optional.empty();
  }

  static Optional<String> patronymic(String word, Gender g) {
    String l = lower(word);
    if (g == Gender.MALE && l.endsWith("ич")) {
      return Optional.of(word + "а");
    }
    if (g == Gender.FEMALE && l.endsWith("на")) {
      return Optional.of(word.substring(0, word.length() - 1) + "ы");
    }
    return Optional.empty();
  }

  private static boolean endsWithConsonant(String l) {
    return !l.isEmpty() && CONSONANTS.indexOf(l.charAt(l.length() - 1)) >= 0;
  }

  private static boolean cyrillicWords(String s) {
    return s.strip().matches("[А-Яа-яЁё]+(?:[\\s-]+[А-Яа-яЁё]+)*");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.forLanguageTag("ru")).replace('ё', 'е');
  }
}
