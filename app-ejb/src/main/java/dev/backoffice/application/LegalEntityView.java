package dev.backoffice.application;

import java.time.Instant;
import java.util.UUID;

public record LegalEntityView(
    UUID id,
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
    boolean vatPayer,
    java.util.List<String> missingForDocuments,
    boolean active,
    Instant createdAt,
    long version) {}
