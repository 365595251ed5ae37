package dev.backoffice.domain.model.event;

import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A conference a tenant sells participation in: dates, venue, the registration window in the event's time zone,
 * capacity, the seller legal entity that issues its documents, and its tariffs.
 *
 * <p>Invariants: ends on or after it starts; registration closes after it opens; the time zone is a real region
 * id; at least one tariff. Requests after {@link #registrationClosesAt()} are accepted only as a recorded late
 * exception.
 */
@Entity
@Table(name = "event")
public class Event {

  public static final int MAX_TARIFFS = 50;

  @Id
  private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(length = 500)
  private String venue;

  @Column(name = "time_zone", nullable = false, length = 60)
  private String timeZone;

  @Column(name = "registration_opens_at", nullable = false)
  private Instant registrationOpensAt;

  @Column(name = "registration_closes_at", nullable = false)
  private Instant registrationClosesAt;

  @Column
  private Integer capacity;

  @Column(name = "seller_id", nullable = false)
  private UUID sellerId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Tariff> tariffs = new ArrayList<>();

  protected Event() {}

  /** The caller has checked that the seller is a legal entity of the current tenant. */
  public Event(EventDetails d, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.createdAt = createdAt;
    this.name = Text.required("name", d.name(), 300);
    this.venue = Text.optional("venue", d.venue(), 500);
    if (d.startsOn() == null) {
      throw new InvalidInputException("required", "startsOn");
    }
    if (d.endsOn() == null) {
      throw new InvalidInputException("required", "endsOn");
    }
    if (d.endsOn().isBefore(d.startsOn())) {
      throw new InvalidInputException("event.endsBeforeStart", "endsOn");
    }
    ZoneId zone = zone(d.timeZone());
    this.timeZone = zone.getId();
    this.startsOn = d.startsOn();
    this.endsOn = d.endsOn();
    if (d.registrationOpens() == null) {
      throw new InvalidInputException("required", "registrationOpens");
    }
    if (d.registrationCloses() == null) {
      throw new InvalidInputException("required", "registrationCloses");
    }
    this.registrationOpensAt = d.registrationOpens().atZone(zone).toInstant();
    this.registrationClosesAt = d.registrationCloses().atZone(zone).toInstant();
    if (!registrationClosesAt.isAfter(registrationOpensAt)) {
      throw new InvalidInputException("event.closesBeforeOpens", "registrationCloses");
    }
    if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > 1_000_000)) {
      throw new InvalidInputException("event.capacity", "capacity");
    }
    this.capacity = d.capacity();
    if (d.sellerId() == null) {
      throw new InvalidInputException("required", "sellerId");
    }
    this.sellerId = d.sellerId();
    if (d.tariffs() == null || d.tariffs().isEmpty()) {
      throw new InvalidInputException("event.noTariff", "tariffs");
    }
    if (d.tariffs().size() > MAX_TARIFFS) {
      throw new InvalidInputException("event.tooManyTariffs", "tariffs", MAX_TARIFFS);
    }
    for (TariffDetails t : d.tariffs()) {
      tariffs.add(new Tariff(this, tariffs.size(), t));
    }
  }

  private static ZoneId zone(String id) {
    String z = Text.required("timeZone", id, 60);
    try {
      return ZoneId.of(z);
    } catch (DateTimeException e) {
      throw new InvalidInputException("event.timeZone", "timeZone", z);
    }
  }

  public boolean acceptsRegistrationsAt(Instant now) {
    return !now.isBefore(registrationOpensAt) && now.isBefore(registrationClosesAt);
  }

  public boolean registrationClosedAt(Instant now) {
    return !now.isBefore(registrationClosesAt);
  }

  public Optional<Tariff> tariff(UUID tariffId) {
    return tariffs.stream().filter(t -> t.id().equals(tariffId)).findFirst();
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public String venue() {
    return venue;
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public Instant registrationOpensAt() {
    return registrationOpensAt;
  }

  public Instant registrationClosesAt() {
    return registrationClosesAt;
  }

  public Integer capacity() {
    return capacity;
  }

  public UUID sellerId() {
    return sellerId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  public List<Tariff> tariffs() {
    return List.copyOf(tariffs);
  }
}
