package dev.backoffice.domain.requisites;

/**
 * Requisites as typed or pasted by a user. Any field may be null or blank, meaning "not given".
 * Values are kept raw; {@link #normalised()} applies {@link Normalizer} to every string field.
 */
public record RequisitesInput(
    EntityType entityType,
    String inn,
    String kpp,
    String ogrn,
    String bik,
    String correspondentAccount,
    String settlementAccount) {

  /** A copy with every string field passed through {@link Normalizer#normalize(String)}. */
  public RequisitesInput normalised() {
    return new RequisitesInput(
        entityType,
        Normalizer.normalize(inn),
        Normalizer.normalize(kpp),
        Normalizer.normalize(ogrn),
        Normalizer.normalize(bik),
        Normalizer.normalize(correspondentAccount),
        Normalizer.normalize(settlementAccount));
  }

  /**
   * The raw value of a string field; for {@link RequisiteField#ENTITY_TYPE} the {@link
   * EntityType#code()} or null.
   */
  public String value(RequisiteField field) {
    return switch (field) {
      case INN -> inn;
      case KPP -> kpp;
      case OGRN -> ogrn;
      case BIK -> bik;
      case CORRESPONDENT_ACCOUNT -> correspondentAccount;
      case SETTLEMENT_ACCOUNT -> settlementAccount;
      case ENTITY_TYPE -> entityType == null ? null : entityType.code();
    };
  }

  /** Whether the field was given: entity type non-null, or a string that is not blank after normalisation. */
  public boolean isGiven(RequisiteField field) {
    return Normalizer.normalize(value(field)) != null;
  }

  /** Whether any bank field (БИК, correspondent or settlement account) was given. */
  public boolean hasBankDetails() {
    return isGiven(RequisiteField.BIK)
        || isGiven(RequisiteField.CORRESPONDENT_ACCOUNT)
        || isGiven(RequisiteField.SETTLEMENT_ACCOUNT);
  }
}
