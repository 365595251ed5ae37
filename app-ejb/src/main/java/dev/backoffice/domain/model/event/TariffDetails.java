package dev.backoffice.domain.model.event;

import java.math.BigDecimal;

/** A tariff as entered; prices are exact decimals in rubles with at most two decimals. */
public record TariffDetails(String name, BigDecimal price, VatMode vatMode, String vatExemptionReason) {}
