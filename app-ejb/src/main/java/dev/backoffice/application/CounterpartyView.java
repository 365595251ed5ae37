package dev.backoffice.application;

import dev.backoffice.domain.model.counterparty.CompanyDetails;
import java.util.UUID;

/** A counterparty of the directory with the details an operator confirmed. */
public record CounterpartyView(UUID id, CompanyDetails details, long version) {}
