package dev.backoffice.infrastructure.csv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data: real, publicly published requisites of well-known organisations (their ИНН, КПП, ОГРН pass the
 * requisites gate) and a builder for import files. The settlement account 40702810238000139300 at ПАО Сбербанк
 * (БИК 044525225, к/с 30101810400000000225) is a published one with a valid control key; it is used for every
 * company here, which the gate cannot tell (and need not).
 */
final class CsvFixtures {

  private CsvFixtures() {}

  static final List<String> HEADER =
      List.of(
          "Тип",
          "Полное наименование",
          "Краткое наименование",
          "ИНН",
          "КПП",
          "ОГРН",
          "Юридический адрес",
          "Банк",
          "БИК",
          "Корр. счёт",
          "Расчётный счёт",
          "Подписант",
          "Должность подписанта",
          "Основание",
          "Контактное лицо",
          "E-mail",
          "Телефон",
          "Тариф",
          "Участники");

  /** Full name, short name, ИНН, КПП, ОГРН, legal address. */
  static final List<String[]> COMPANIES =
      List.of(
          new String[] {
            "Публичное акционерное общество «Сбербанк России»", "ПАО Сбербанк", "7707083893", "773601001",
            "1027700132195", "117312, г. Москва, ул. Вавилова, д. 19"
          },
          new String[] {
            "Публичное акционерное общество «Газпром»", "ПАО «Газпром»", "7736050003", "781401001", "1027700070518",
            "197229, г. Санкт-Петербург, Лахтинский пр-кт, д. 2, к. 3, стр. 1"
          },
          new String[] {
            "Общество с ограниченной ответственностью «Яндекс»", "ООО «Яндекс»", "7736207543", "770401001",
            "1027700229193", "119021, г. Москва, ул. Льва Толстого, д. 16"
          });

  static final String BANK = "ПАО Сбербанк";
  static final String BIK = "044525225";
  static final String CORRESPONDENT_ACCOUNT = "30101810400000000225";
  static final String SETTLEMENT_ACCOUNT = "40702810238000139300";

  /** A valid row (in {@link #HEADER} order) for company {@code n % 3}, with participants on separate lines if asked. */
  static Map<String, String> validRow(int n, boolean multiLineParticipants) {
    String[] c = COMPANIES.get(n % COMPANIES.size());
    Map<String, String> row = new LinkedHashMap<>();
    row.put("Тип", "ЮЛ");
    row.put("Полное наименование", c[0]);
    row.put("Краткое наименование", c[1]);
    row.put("ИНН", c[2]);
    row.put("КПП", c[3]);
    row.put("ОГРН", c[4]);
    row.put("Юридический адрес", c[5]);
    row.put("Банк", BANK);
    row.put("БИК", BIK);
    row.put("Корр. счёт", CORRESPONDENT_ACCOUNT);
    row.put("Расчётный счёт", SETTLEMENT_ACCOUNT);
    row.put("Подписант", "Иванов Иван Иванович");
    row.put("Должность подписанта", "Генеральный директор");
    row.put("Основание", "Устав");
    row.put("Контактное лицо", "Петрова Анна Сергеевна");
    row.put("E-mail", "petrova" + n + "@example.ru");
    row.put("Телефон", "+7 495 500-55-50");
    row.put("Тариф", n % 2 == 0 ? "Стандарт" : "VIP");
    String first = "Сидоров Пётр Алексеевич, sidorov" + n + "@example.ru, Руководитель отдела";
    String second = "Кузнецова Мария, kuznetsova" + n + "@example.ru, Аналитик";
    row.put("Участники", multiLineParticipants ? first + "\n" + second : first + "; " + second);
    return row;
  }

  /** CSV text: header then rows, each value quoted when needed, lines ending with {@code lineEnd}. */
  static String csv(char delimiter, String lineEnd, List<String> header, List<Map<String, String>> rows) {
    StringBuilder out = new StringBuilder();
    out.append(line(delimiter, header)).append(lineEnd);
    for (Map<String, String> row : rows) {
      List<String> values = new ArrayList<>();
      header.forEach(h -> values.add(row.getOrDefault(h, "")));
      out.append(line(delimiter, values)).append(lineEnd);
    }
    return out.toString();
  }

  static String line(char delimiter, List<String> values) {
    List<String> quoted = new ArrayList<>();
    for (String v : values) {
      boolean quote = v.indexOf(delimiter) >= 0 || v.contains("\"") || v.contains("\n") || v.contains("\r");
      quoted.add(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
    }
    return String.join(String.valueOf(delimiter), quoted);
  }

  static byte[] utf8WithBom(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static byte[] cp1251(String text) {
    return text.getBytes(Charset.forName("windows-1251"));
  }
}
