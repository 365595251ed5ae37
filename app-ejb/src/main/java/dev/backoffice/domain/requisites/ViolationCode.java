package dev.backoffice.domain.requisites;

import java.util.Set;

/**
 * The stable machine codes a requisites rule can report. Each code starts with the JSON name of
 * its {@link RequisiteField} and has a message in both {@code RequisitesMessages} bundles.
 */
public final class ViolationCode {

  public static final String ENTITY_TYPE_REQUIRED = "entityType.required";

  public static final String INN_REQUIRED = "inn.required";
  public static final String INN_NON_DIGIT = "inn.nonDigit";
  public static final String INN_LENGTH = "inn.length";
  public static final String INN_PREFIX_00 = "inn.prefix00";
  public static final String INN_CHECKSUM = "inn.checksum";
  public static final String INN_CHECKSUM_11 = "inn.checksum11";
  public static final String INN_CHECKSUM_12 = "inn.checksum12";
  public static final String INN_ORGANISATION_LENGTH = "inn.organisationLength";
  public static final String INN_ENTREPRENEUR_LENGTH = "inn.entrepreneurLength";

  public static final String KPP_REQUIRED = "kpp.required";
  public static final String KPP_LENGTH = "kpp.length";
  public static final String KPP_NON_DIGIT = "kpp.nonDigit";
  public static final String KPP_CYRILLIC = "kpp.cyrillic";
  public static final String KPP_LOWERCASE = "kpp.lowercase";
  public static final String KPP_PATTERN = "kpp.pattern";
  public static final String KPP_PREFIX_00 = "kpp.prefix00";
  public static final String KPP_FORBIDDEN_FOR_ENTREPRENEUR = "kpp.forbiddenForEntrepreneur";

  public static final String OGRN_REQUIRED = "ogrn.required";
  public static final String OGRN_NON_DIGIT = "ogrn.nonDigit";
  public static final String OGRN_LENGTH = "ogrn.length";
  public static final String OGRN_CHECKSUM = "ogrn.checksum";
  public static final String OGRN_CHECKSUM_OGRNIP = "ogrn.checksumOgrnip";
  public static final String OGRN_KIND_WARNING = "ogrn.kindWarning";
  public static final String OGRN_ORGANISATION_LENGTH = "ogrn.organisationLength";
  public static final String OGRN_ENTREPRENEUR_LENGTH = "ogrn.entrepreneurLength";

  public static final String BIK_REQUIRED = "bik.required";
  public static final String BIK_NON_DIGIT = "bik.nonDigit";
  public static final String BIK_LENGTH = "bik.length";

  public static final String CORRESPONDENT_ACCOUNT_NON_DIGIT = "correspondentAccount.nonDigit";
  public static final String CORRESPONDENT_ACCOUNT_LENGTH = "correspondentAccount.length";
  public static final String CORRESPONDENT_ACCOUNT_PREFIX = "correspondentAccount.prefix";
  public static final String CORRESPONDENT_ACCOUNT_BIK_MISMATCH = "correspondentAccount.bikMismatch";
  public static final String CORRESPONDENT_ACCOUNT_KEY = "correspondentAccount.key";
  public static final String CORRESPONDENT_ACCOUNT_BIK_REQUIRED = "correspondentAccount.bikRequired";

  public static final String SETTLEMENT_ACCOUNT_REQUIRED = "settlementAccount.required";
  public static final String SETTLEMENT_ACCOUNT_NON_DIGIT = "settlementAccount.nonDigit";
  public static final String SETTLEMENT_ACCOUNT_LENGTH = "settlementAccount.length";
  public static final String SETTLEMENT_ACCOUNT_CORRESPONDENT_PREFIX =
      "settlementAccount.correspondentPrefix";
  public static final String SETTLEMENT_ACCOUNT_KEY = "settlementAccount.key";
  public static final String SETTLEMENT_ACCOUNT_BIK_REQUIRED = "settlementAccount.bikRequired";

  /** Every code above. */
  public static final Set<String> ALL =
      Set.of(
          ENTITY_TYPE_REQUIRED,
          INN_REQUIRED,
          INN_NON_DIGIT,
          INN_LENGTH,
          INN_PREFIX_00,
          INN_CHECKSUM,
          INN_CHECKSUM_11,
          INN_CHECKSUM_12,
          INN_ORGANISATION_LENGTH,
          INN_ENTREPRENEUR_LENGTH,
          KPP_REQUIRED,
          KPP_LENGTH,
          KPP_NON_DIGIT,
          KPP_CYRILLIC,
          KPP_LOWERCASE,
          KPP_PATTERN,
          KPP_PREFIX_00,
          KPP_FORBIDDEN_FOR_ENTREPRENEUR,
          OGRN_REQUIRED,
          OGRN_NON_DIGIT,
          OGRN_LENGTH,
          OGRN_CHECKSUM,
          OGRN_CHECKSUM_OGRNIP,
          OGRN_KIND_WARNING,
          OGRN_ORGANISATION_LENGTH,
          OGRN_ENTREPRENEUR_LENGTH,
          BIK_REQUIRED,
          BIK_NON_DIGIT,
          BIK_LENGTH,
          CORRESPONDENT_ACCOUNT_NON_DIGIT,
          CORRESPONDENT_ACCOUNT_LENGTH,
          CORRESPONDENT_ACCOUNT_PREFIX,
          CORRESPONDENT_ACCOUNT_BIK_MISMATCH,
          CORRESPONDENT_ACCOUNT_KEY,
          CORRESPONDENT_ACCOUNT_BIK_REQUIRED,
          SETTLEMENT_ACCOUNT_REQUIRED,
          SETTLEMENT_ACCOUNT_NON_DIGIT,
          SETTLEMENT_ACCOUNT_LENGTH,
          SETTLEMENT_ACCOUNT_CORRESPONDENT_PREFIX,
          SETTLEMENT_ACCOUNT_KEY,
          SETTLEMENT_ACCOUNT_BIK_REQUIRED);

  private ViolationCode() {}
}
