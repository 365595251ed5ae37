package dev.backoffice.domain.model.event;

import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A price of participation in an event, with its VAT mode. Part of the {@link Event} aggregate. */
@Entity
@Table(name = "tariff")
public class Tariff {

  public static final BigDecimal MAX_PRICE = new BigDecimal("9999999999999.99");

  @Id
  private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false, updatable = false)
  private Event event;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal price;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "vat_mode", nullable = false, length = 30)
  private VatMode vatMode;

  @Column(name = "vat_exemption_reason", length = 500)
  private String vatExemptionReason;

  @Column(nullable = false)
  private boolean active;

  @Column(nullable = false)
  private int position;

  protected Tariff() {}

  Tariff(Event event, int position, TariffDetails d) {
    this.id = UUID.randomUUID();
    this.event = event;
    this.position = position;
    this.active = true;
    this.currency = "RUB";
    this.name = Text.required("tariffs[" + position + "].name", d.name(), 300);
    if (d.price() == null) {
      throw new InvalidInputException("required", "tariffs[" + position + "].price");
    }
    if (d.price().signum() < 0 || d.price().compareTo(MAX_PRICE) > 0 || d.price().stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException("tariff.price", "tariffs[" + position + "].price");
    }
    this.price = d.price().setScale(2, RoundingMode.UNNECESSARY);
    if (d.vatMode() == null) {
      throw new InvalidInputException("required", "tariffs[" + position + "].vatMode");
    }
    this.vatMode = d.vatMode();
    this.vatExemptionReason = Text.optional("tariffs[" + position + "].vatExemptionReason", d.vatExemptionReason(), 500);
    if (vatMode.needsExemptionReason() && vatExemptionReason == null) {
      throw new InvalidInputException("tariff.exemptionReason", "tariffs[" + position + "].vatExemptionReason");
    }
    if (!vatMode.needsExemptionReason()) {
      this.vatExemptionReason = null;
    }
  }

  public UUID id() {
    return id;
  }

  public Event event() {
    return event;
  }

  public String name() {
    return name;
  }

  public BigDecimal price() {
    return price;
  }

  public String currency() {
    return currency;
  }

  public VatMode vatMode() {
    return vatMode;
  }

  public String vatExemptionReason() {
    return vatExemptionReason;
  }

  public boolean active() {
    return active;
  }

  public int position() {
    return position;
  }
}
