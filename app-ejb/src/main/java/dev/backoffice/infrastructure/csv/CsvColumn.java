package dev.backoffice.infrastructure.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns an import file may have, each with the header names accepted for it (Russian and English). Headers
 * are matched by {@link #key(String)}: case, ё/е, BOM, spaces, punctuation and a parenthesised hint are ignored, so
 * {@code "Корр. счёт"}, {@code "кор счет"} and {@code "КОРР.СЧЕТ (20 цифр)"} are the same column. The first name
 * is the one to use in a template.
 */
public enum CsvColumn {
  ENTITY_TYPE("entityType", false, "Вид лица", "Тип", "Тип лица", "Тип контрагента", "entity type", "type"),
  FULL_NAME(
      "fullName",
      true,
      "Полное наименование",
      "Наименование",
      "Наименование организации",
      "Организация",
      "Компания",
      "full name",
      "company name",
      "company"),
  SHORT_NAME("shortName", false, "Краткое наименование", "Сокращённое наименование", "short name"),
  INN("inn", true, "ИНН", "inn"),
  KPP("kpp", false, "КПП", "kpp"),
  OGRN("ogrn", false, "ОГРН", "ОГРНИП", "ОГРН/ОГРНИП", "ogrn", "ogrnip"),
  LEGAL_ADDRESS("legalAddress", false, "Юридический адрес", "Юр. адрес", "legal address"),
  POSTAL_ADDRESS("postalAddress", false, "Почтовый адрес", "postal address", "mailing address"),
  BANK_NAME("bankName", false, "Банк", "Наименование банка", "bank", "bank name"),
  BIK("bik", false, "БИК", "bik", "bic"),
  CORRESPONDENT_ACCOUNT(
      "correspondentAccount",
      false,
      "Корр. счёт",
      "Кор. счёт",
      "Корреспондентский счёт",
      "к/с",
      "correspondent account"),
  SETTLEMENT_ACCOUNT(
      "settlementAccount", false, "Расчётный счёт", "Расч. счёт", "р/с", "settlement account", "current account"),
  SIGNATORY_NAME("signatoryName", false, "Подписант", "ФИО подписанта", "signatory", "signatory name"),
  SIGNATORY_POSITION("signatoryPosition", false, "Должность подписанта", "signatory position"),
  SIGNATORY_BASIS(
      "signatoryBasis",
      false,
      "Действует на основании",
      "Основание",
      "Основание полномочий",
      "signatory basis",
      "basis"),
  POWER_OF_ATTORNEY_NUMBER(
      "powerOfAttorneyNumber", false, "Номер доверенности", "power of attorney number", "poa number"),
  POWER_OF_ATTORNEY_DATE("powerOfAttorneyDate", false, "Дата доверенности", "power of attorney date", "poa date"),
  COMPANY_EMAIL("email", false, "E-mail компании", "Эл. почта компании", "company email"),
  COMPANY_PHONE("phone", false, "Телефон компании", "company phone"),
  CONTACT_NAME("contact.name", true, "Контактное лицо", "ФИО контактного лица", "contact", "contact name", "contact person"),
  CONTACT_EMAIL(
      "contact.email",
      true,
      "E-mail",
      "Email контактного лица",
      "Эл. почта",
      "Электронная почта",
      "Эл. почта контактного лица",
      "contact email"),
  CONTACT_PHONE("contact.phone", false, "Телефон", "Телефон контактного лица", "phone", "contact phone"),
  TARIFF("tariff", false, "Тариф", "tariff", "tariff name"),
  PARTICIPANTS("participants", true, "Участники", "Список участников", "participants"),
  PARTICIPANT_COUNT(
      "participantCount",
      false,
      "Количество участников",
      "Кол-во участников",
      "participant count",
      "number of participants");

  private static final Pattern HINT = Pattern.compile("\\([^)]*\\)");
  private static final Map<String, CsvColumn> BY_KEY = new HashMap<>();
  private static final Map<String, CsvColumn> BY_FIELD = new HashMap<>();

  static {
    for (CsvColumn column : values()) {
      BY_FIELD.put(column.field, column);
      for (String name : column.names) {
        CsvColumn earlier = BY_KEY.put(key(name), column);
        if (earlier != null && earlier != column) {
          throw new IllegalStateException("Header name " + name + " maps to " + earlier + " and " + column);
        }
      }
    }
  }

  private final String field;
  private final boolean required;
  private final List<String> names;

  CsvColumn(String field, boolean required, String... names) {
    this.field = field;
    this.required = required;
    this.names = List.of(names);
  }

  /** Our field name: a {@code CompanyDetails} component, {@code contact.*}, {@code participants}, ... */
  public String field() {
    return field;
  }

  /** Whether a file without this column is rejected. */
  public boolean required() {
    return required;
  }

  /** The accepted header names; the first is the canonical Russian one. */
  public List<String> names() {
    return names;
  }

  /** The column a header names, if any. */
  public static Optional<CsvColumn> forHeader(String header) {
    return header == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key(header)));
  }

  /** The column of a field name; an indexed participant field ({@code participants[2].email}) gives PARTICIPANTS. */
  public static Optional<CsvColumn> forField(String field) {
    if (field == null) {
      return Optional.empty();
    }
    int bracket = field.indexOf('[');
    return Optional.ofNullable(BY_FIELD.get(bracket < 0 ? field : field.substring(0, bracket)));
  }

  /**
   * The matching key of a header: a parenthesised hint removed, lower case, ё as е, and only letters and digits
   * kept.
   */
  public static String key(String header) {
    String s = HINT.matcher(header).replaceAll("").toLowerCase(Locale.ROOT).replace('ё', 'е');
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
