package dev.backoffice.domain.requisites;

import java.util.Locale;

/** Kind of counterparty: an organisation (юридическое лицо) or an individual entrepreneur (ИП). */
public enum EntityType {
  ORGANISATION("organisation"),
  ENTREPRENEUR("entrepreneur");

  private final String code;

  EntityType(String code) {
    this.code = code;
  }

  /** The stable code used in JSON and forms: {@code organisation} or {@code entrepreneur}. */
  public String code() {
    return code;
  }

  /**
   * Parses {@code organisation} / {@code entrepreneur}, case-insensitive, surrounding blanks ignored.
   *
   * @throws IllegalArgumentException for null or any other value
   */
  public static EntityType fromCode(String code) {
    if (code != null) {
      String wanted = code.strip().toLowerCase(Locale.ROOT);
      for (EntityType type : values()) {
        if (type.code.equals(wanted)) {
          return type;
        }
      }
    }
    throw new IllegalArgumentException(
        "Unknown entity type: " + code + " (expected organisation or entrepreneur)");
  }
}
