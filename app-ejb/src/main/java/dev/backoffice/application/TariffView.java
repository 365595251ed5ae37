package dev.backoffice.application;

import dev.backoffice.domain.model.event.VatMode;
import java.math.BigDecimal;
import java.util.UUID;

public record TariffView(
    UUID id, String name, BigDecimal price, String currency, VatMode vatMode, String vatExemptionReason, boolean active) {}
