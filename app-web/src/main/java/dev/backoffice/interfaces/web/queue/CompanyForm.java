package dev.backoffice.interfaces.web.queue;

import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.counterparty.SignatoryBasis;
import dev.backoffice.domain.requisites.EntityType;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The company details of a request as an editable form (the requisites correction on the request screen). Fields the
 * form does not show (power of attorney, e-mail, phone) are carried over unchanged.
 */
public class CompanyForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private EntityType entityType;
  private String fullName;
  private String shortName;
  private String inn;
  private String kpp;
  private String ogrn;
  private String legalAddress;
  private String postalAddress;
  private String bankName;
  private String bik;
  private String correspondentAccount;
  private String settlementAccount;
  private String signatoryName;
  private String signatoryPosition;
  private SignatoryBasis signatoryBasis;
  private String powerOfAttorneyNumber;
  private LocalDate powerOfAttorneyDate;
  private String email;
  private String phone;

  static CompanyForm of(CompanyDetails c) {
    CompanyForm f = new CompanyForm();
    f.entityType = c.entityType();
    f.fullName = c.fullName();
    f.shortName = c.shortName();
    f.inn = c.inn();
    f.kpp = c.kpp();
    f.ogrn = c.ogrn();
    f.legalAddress = c.legalAddress();
    f.postalAddress = c.postalAddress();
    f.bankName = c.bankName();
    f.bik = c.bik();
    f.correspondentAccount = c.correspondentAccount();
    f.settlementAccount = c.settlementAccount();
    f.signatoryName = c.signatoryName();
    f.signatoryPosition = c.signatoryPosition();
    f.signatoryBasis = c.signatoryBasis();
    f.powerOfAttorneyNumber = c.powerOfAttorneyNumber();
    f.powerOfAttorneyDate = c.powerOfAttorneyDate();
    f.email = c.email();
    f.phone = c.phone();
    return f;
  }

  CompanyDetails toDomain() {
    return new CompanyDetails(
        entityType, fullName, shortName, inn, kpp, ogrn, legalAddress, postalAddress, bankName, bik,
        correspondentAccount, settlementAccount, signatoryName, signatoryPosition, signatoryBasis,
        powerOfAttorneyNumber, powerOfAttorneyDate, email, phone);
  }

  public EntityType[] getEntityTypes() {
    return EntityType.values();
  }

  public EntityType getEntityType() {
    return entityType;
  }

  public void setEntityType(EntityType entityType) {
    this.entityType = entityType;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public String getInn() {
    return inn;
  }

  public void setInn(String inn) {
    this.inn = inn;
  }

  public String getKpp() {
    return kpp;
  }

  public void setKpp(String kpp) {
    this.kpp = kpp;
  }

  public String getOgrn() {
    return ogrn;
  }

  public void setOgrn(String ogrn) {
    this.ogrn = ogrn;
  }

  public String getLegalAddress() {
    return legalAddress;
  }

  public void setLegalAddress(String legalAddress) {
    this.legalAddress = legalAddress;
  }

  public String getPostalAddress() {
    return postalAddress;
  }

  public void setPostalAddress(String postalAddress) {
    this.postalAddress = postalAddress;
  }

  public String getBankName() {
    return bankName;
  }

  public void setBankName(String bankName) {
    this.bankName = bankName;
  }

  public String getBik() {
    return bik;
  }

  public void setBik(String bik) {
    this.bik = bik;
  }

  public String getCorrespondentAccount() {
    return correspondentAccount;
  }

  public void setCorrespondentAccount(String correspondentAccount) {
    this.correspondentAccount = correspondentAccount;
  }

  public String getSettlementAccount() {
    return settlementAccount;
  }

  public void setSettlementAccount(String settlementAccount) {
    this.settlementAccount = settlementAccount;
  }

  public String getSignatoryName() {
    return signatoryName;
  }

  public void setSignatoryName(String signatoryName) {
    this.signatoryName = signatoryName;
  }

  public String getSignatoryPosition() {
    return signatoryPosition;
  }

  public void setSignatoryPosition(String signatoryPosition) {
    this.signatoryPosition = signatoryPosition;
  }
}
