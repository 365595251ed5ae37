package dev.backoffice.domain.requisites;

/** A field of the requisites form; {@link #jsonName()} is the name used in JSON and in violation codes. */
public enum RequisiteField {
  INN("inn"),
  KPP("kpp"),
  OGRN("ogrn"),
  BIK("bik"),
  CORRESPONDENT_ACCOUNT("correspondentAccount"),
  SETTLEMENT_ACCOUNT("settlementAccount"),
  ENTITY_TYPE("entityType");

  private final String jsonName;

  RequisiteField(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  /** @throws IllegalArgumentException if no field has this JSON name (case-sensitive) */
  public static RequisiteField fromJsonName(String jsonName) {
    for (RequisiteField field : values()) {
      if (field.jsonName.equals(jsonName)) {
        return field;
      }
    }
    throw new IllegalArgumentException("Unknown requisite field: " + jsonName);
  }
}
