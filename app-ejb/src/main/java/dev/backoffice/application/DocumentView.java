package dev.backoffice.application;

import dev.backoffice.domain.model.document.CorrectionType;
import dev.backoffice.domain.model.document.DocumentStatus;
import dev.backoffice.plugin.api.document.DocumentKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An issued document's metadata: number, kind, parties, amounts, the pack (id@version) and the PDF's SHA-256. */
public record DocumentView(
    UUID id,
    DocumentKind kind,
    DocumentStatus status,
    String number,
    LocalDate issuedOn,
    Instant issuedAt,
    String issuedBy,
    String locale,
    UUID legalEntityId,
    UUID requestId,
    UUID eventId,
    UUID contractId,
    String buyerName,
    String buyerInn,
    String buyerKpp,
    String currency,
    BigDecimal amountWithoutVat,
    BigDecimal vatAmount,
    BigDecimal amount,
    String pack,
    String packSha256,
    String pdfSha256,
    int pdfSize,
    int pages,
    CorrectionType correctionType,
    int correctionIndex,
    UUID correctsId,
    Instant cancelledAt,
    String cancelledBy,
    String cancelReason,
    long version) {}
