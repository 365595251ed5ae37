package dev.backoffice.domain.model.legalentity;

/** The editable details of a seller legal entity, as entered (normalised by the service before storing). */
public record LegalEntityDetails(
    String shortName, String fullName, String inn, String kpp, String ogrn, String legalAddress) {}
