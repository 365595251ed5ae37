package dev.backoffice.domain.model.legalentity;

/**
 * The editable details of a seller legal entity, as entered (normalised by the service before storing): names and
 * identifiers, addresses, the bank account documents print for payment, the director and chief accountant who sign,
 * and contacts, and whether it pays VAT ({@code null}: as before — yes for a new entity, unchanged for an existing one).
 */
public record LegalEntityDetails(
    String shortName,
    String fullName,
    String inn,
    String kpp,
    String ogrn,
    String legalAddress,
    String postalAddress,
    String bankName,
    String bik,
    String correspondentAccount,
    String settlementAccount,
    String directorPosition,
    String directorName,
    String chiefAccountantName,
    String email,
    String phone,
    Boolean vatPayer) {

  /** All details but the VAT status (left as it is). */
  public LegalEntityDetails(
      String shortName, String fullName, String inn, String kpp, String ogrn, String legalAddress,
      String postalAddress, String bankName, String bik, String correspondentAccount, String settlementAccount,
      String directorPosition, String directorName, String chiefAccountantName, String email, String phone) {
    this(shortName, fullName, inn, kpp, ogrn, legalAddress, postalAddress, bankName, bik, correspondentAccount,
        settlementAccount, directorPosition, directorName, chiefAccountantName, email, phone, null);
  }

  /** Names and identifiers only (no bank account or signatories yet). */
  public LegalEntityDetails(
      String shortName, String fullName, String inn, String kpp, String ogrn, String legalAddress) {
    this(shortName, fullName, inn, kpp, ogrn, legalAddress, null, null, null, null, null, null, null, null, null, null);
  }

  /** The same identity with a bank account and signatories. */
  public LegalEntityDetails withBanking(
      String bankName, String bik, String correspondentAccount, String settlementAccount, String directorPosition,
      String directorName, String chiefAccountantName) {
    return new LegalEntityDetails(
        shortName, fullName, inn, kpp, ogrn, legalAddress, postalAddress, bankName, bik, correspondentAccount,
        settlementAccount, directorPosition, directorName, chiefAccountantName, email, phone, vatPayer);
  }
}
