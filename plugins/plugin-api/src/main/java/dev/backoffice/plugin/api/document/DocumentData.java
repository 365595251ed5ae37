package dev.backoffice.plugin.api.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One document as templates see it: everything printed on it, already computed (amounts, VAT, words). The platform
 * builds it from a snapshot of the deal; {@link DocumentXml} writes it as XML in the namespace {@link #NAMESPACE}.
 *
 * @param kind what the document is
 * @param locale BCP 47 language of the document ({@code ru}, {@code en})
 * @param number the printed number, e.g. {@code 2026-0012}; null only on a preview that has no number yet
 * @param date the date the document is drawn up
 * @param correction set when this document corrects another one (исправление or корректировка), else null
 * @param currency ISO 4217 code, e.g. {@code RUB}
 * @param seller the party that sells (a legal entity of the tenant)
 * @param buyer the counterparty
 * @param event the conference the deal is about
 * @param contract the contract this document belongs to (null on the contract itself)
 * @param invoice the invoice this document follows (acts and УПД), else null
 * @param lines at least one line
 * @param vat how VAT applies to the lines
 * @param totals sums of the lines
 * @param amountInWords the total with VAT in words, in the document's language
 * @param paymentPurpose a copy-ready "назначение платежа" (invoices), else null
 * @param paymentDue the last day to pay (invoices), else null
 * @param participants the people registered (may be empty)
 */
public record DocumentData(
    DocumentKind kind,
    String locale,
    String number,
    LocalDate date,
    Correction correction,
    String currency,
    Party seller,
    Party buyer,
    EventInfo event,
    Reference contract,
    Reference invoice,
    List<Line> lines,
    Vat vat,
    Totals totals,
    String amountInWords,
    String paymentPurpose,
    LocalDate paymentDue,
    List<Participant> participants) {

  /** The XML namespace of contract version 1. */
  public static final String NAMESPACE = "urn:backoffice:document:1";

  /** The contract version written into every document ({@code major.minor}). */
  public static final String CONTRACT_VERSION = "1.1";

  public DocumentData {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(vat, "vat");
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(amountInWords, "amountInWords");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("A document needs at least one line");
    }
    participants = participants == null ? List.of() : List.copyOf(participants);
  }

  /**
   * This document as its исправление number {@code index}: the same kind and number, dated {@code correctedOn}, with a
   * correction that points at the original's number and date (the date the original was drawn up, which templates
   * print as the document's own date).
   *
   * @throws IllegalStateException if this document has no number or already is a correction
   */
  public DocumentData asFix(int index, LocalDate correctedOn) {
    if (number == null || correction != null) {
      throw new IllegalStateException("Only an issued original can be corrected");
    }
    if (index < 1) {
      throw new IllegalArgumentException("A correction index starts at 1");
    }
    return new DocumentData(
        kind, locale, number, Objects.requireNonNull(correctedOn, "correctedOn"),
        new Correction("FIX", index, new Reference(number, date)), currency, seller, buyer, event, contract, invoice,
        lines, vat, totals, amountInWords, paymentPurpose, paymentDue, participants);
  }

  /**
   * A party with all its requisites. Fields that do not apply (КПП of an ИП) are null. {@code vatPayer} (contract
   * 1.1) is given for the seller: false for one that pays no VAT (УСН), whose УПД and УКД have status 2.
   */
  public record Party(
      String fullName,
      String shortName,
      String inn,
      String kpp,
      String ogrn,
      String legalAddress,
      String postalAddress,
      BankAccount bank,
      Signatory signatory,
      Signatory chiefAccountant,
      String email,
      String phone,
      Boolean vatPayer) {
    public Party {
      Objects.requireNonNull(fullName, "fullName");
      Objects.requireNonNull(inn, "inn");
    }

    /** A party whose VAT status the document does not state. */
    public Party(
        String fullName, String shortName, String inn, String kpp, String ogrn, String legalAddress,
        String postalAddress, BankAccount bank, Signatory signatory, Signatory chiefAccountant, String email,
        String phone) {
      this(fullName, shortName, inn, kpp, ogrn, legalAddress, postalAddress, bank, signatory, chiefAccountant, email,
          phone, null);
    }
  }

  /** A settlement account at a bank. */
  public record BankAccount(String bankName, String bik, String correspondentAccount, String account) {}

  /**
   * A person who signs: position, full name, the basis of authority ({@code CHARTER}, {@code POWER_OF_ATTORNEY}, …)
   * and, for a power of attorney, its number and date. Contract 1.1 adds the genitive of the position and of the name
   * ("в лице генерального директора Иванова Ивана Ивановича") and the gender ({@code MALE}, {@code FEMALE}), each
   * null where the host is not sure of it.
   */
  public record Signatory(
      String position, String name, String basis, String powerOfAttorneyNumber, LocalDate powerOfAttorneyDate,
      String positionGenitive, String nameGenitive, String gender) {

    /** A signatory without the genitive forms (templates then avoid declining). */
    public Signatory(
        String position, String name, String basis, String powerOfAttorneyNumber, LocalDate powerOfAttorneyDate) {
      this(position, name, basis, powerOfAttorneyNumber, powerOfAttorneyDate, null, null, null);
    }
  }

  /** The conference. */
  public record EventInfo(String name, LocalDate startsOn, LocalDate endsOn, String venue) {}

  /** A reference to another document by its printed number and date. */
  public record Reference(String number, LocalDate date) {}

  /**
   * A correction: {@code FIX} (исправление: keeps the original number, adds an index) or {@code ADJUSTMENT}
   * (корректировка: a document with its own number pointing at the original). A корректировка (contract 1.1) also
   * carries its reason (the agreement it follows), the changed lines, and the totals of the increase and the decrease.
   */
  public record Correction(
      String type, int index, Reference original, String reason, List<Change> changes, Totals increase,
      Totals decrease) {

    public Correction {
      changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** An исправление, or a корректировка without line detail. */
    public Correction(String type, int index, Reference original) {
      this(type, index, original, null, List.of(), null, null);
    }
  }

  /**
   * One line of a корректировка (contract 1.1): the line before and after the change, and by how much its cost
   * without VAT, VAT and cost with VAT went up ({@code increase}, строка В) or down ({@code decrease}, строка Г); the
   * one that does not apply is zero.
   */
  public record Change(Line before, Line after, Totals increase, Totals decrease) {}

  /**
   * One line: what, how many, in which unit (ОКЕИ code and short name), the unit price as the tariff states it,
   * amount without VAT, VAT rate as printed (e.g. {@code 22%} or {@code без НДС}), VAT (null without VAT), and the
   * amount with VAT.
   */
  public record Line(
      int no,
      String name,
      String unitCode,
      String unitName,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal amountWithoutVat,
      String vatRate,
      BigDecimal vatAmount,
      BigDecimal amount) {}

  /**
   * How VAT applies: {@code mode} is {@code ADDED}, {@code INCLUDED}, {@code ZERO} or {@code NONE}; {@code rate} in
   * percent (null for NONE); {@code exemptionReason} the legal reason printed for NONE.
   */
  public record Vat(String mode, BigDecimal rate, String exemptionReason) {}

  /** Sums of the lines. {@code vat} is null without VAT. */
  public record Totals(BigDecimal amountWithoutVat, BigDecimal vat, BigDecimal amount) {}

  /** A registered participant. */
  public record Participant(String name, String jobTitle, String email) {}
}
