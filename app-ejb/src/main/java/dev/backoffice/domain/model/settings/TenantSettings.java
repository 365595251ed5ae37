package dev.backoffice.domain.model.settings;

import dev.backoffice.domain.model.document.DocumentNumberFormat;
import dev.backoffice.domain.model.document.VatRounding;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import dev.backoffice.domain.model.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;

/**
 * A tenant's service level for registration requests: contract and invoice within N working minutes, in the
 * tenant's working time. One row per tenant; without a row the defaults apply.
 */
@Entity
@Table(name = "tenant_settings")
public class TenantSettings {

  public static final int DEFAULT_SLA_MINUTES = 120;
  static final int MAX_SLA_MINUTES = 60 * 24 * 10;
  public static final int DEFAULT_PAYMENT_DAYS = 5;
  static final int MAX_PAYMENT_DAYS = 90;

  @Id
  private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false, unique = true)
  private UUID tenantId;

  @Column(name = "sla_working_minutes", nullable = false)
  private int slaWorkingMinutes;

  @Column(name = "time_zone", nullable = false, length = 60)
  private String timeZone;

  @Column(name = "day_start", nullable = false)
  private LocalTime dayStart;

  @Column(name = "day_end", nullable = false)
  private LocalTime dayEnd;

  /** ISO day numbers, e.g. "1,2,3,4,5". */
  @Column(name = "working_days", nullable = false, length = 20)
  private String workingDays;

  /** The document number format of the tenant's accounting standard ({@link DocumentNumberFormat}). */
  @Column(name = "document_number_format", nullable = false, length = 60)
  private String documentNumberFormat = DocumentNumberFormat.DEFAULT;

  @Enumerated(EnumType.STRING)
  @Column(name = "vat_rounding", nullable = false, length = 20)
  private VatRounding vatRounding = VatRounding.PER_LINE;

  /** Calendar days an invoice gives the buyer to pay. */
  @Column(name = "payment_days", nullable = false)
  private int paymentDays = DEFAULT_PAYMENT_DAYS;

  /** Issued PDFs are PDF/A-1b (for archives that require it). */
  @Column(name = "document_pdfa", nullable = false)
  private boolean pdfA;

  @Version
  private long version;

  protected TenantSettings() {}

  public TenantSettings(int slaWorkingMinutes, WorkingCalendar calendar) {
    this.id = UUID.randomUUID();
    change(slaWorkingMinutes, calendar);
  }

  public static TenantSettings defaults() {
    return new TenantSettings(DEFAULT_SLA_MINUTES, WorkingCalendar.MOSCOW_OFFICE);
  }

  public void change(int slaWorkingMinutes, WorkingCalendar calendar) {
    if (slaWorkingMinutes < 1 || slaWorkingMinutes > MAX_SLA_MINUTES) {
      throw new InvalidInputException("settings.sla", "slaWorkingMinutes", MAX_SLA_MINUTES);
    }
    this.slaWorkingMinutes = slaWorkingMinutes;
    this.timeZone = calendar.zone().getId();
    this.dayStart = calendar.dayStart();
    this.dayEnd = calendar.dayEnd();
    this.workingDays = calendar.workingDays().stream().map(d -> Integer.toString(d.getValue())).sorted().collect(Collectors.joining(","));
  }

  /** The tenant's document standard: number format, VAT rounding, days to pay an invoice. */
  public void changeDocumentStandard(String numberFormat, VatRounding rounding, int paymentDays) {
    this.documentNumberFormat = DocumentNumberFormat.of(numberFormat == null ? null : numberFormat.strip()).pattern();
    if (rounding == null) {
      throw new InvalidInputException("settings.vatRounding", "vatRounding");
    }
    if (paymentDays < 1 || paymentDays > MAX_PAYMENT_DAYS) {
      throw new InvalidInputException("settings.paymentDays", "paymentDays", MAX_PAYMENT_DAYS);
    }
    this.vatRounding = rounding;
    this.paymentDays = paymentDays;
  }

  public DocumentNumberFormat documentNumberFormat() {
    return DocumentNumberFormat.of(documentNumberFormat);
  }

  public VatRounding vatRounding() {
    return vatRounding;
  }

  /** Turns PDF/A-1b output of issued documents on or off. */
  public void changePdfA(boolean pdfA) {
    this.pdfA = pdfA;
  }

  public boolean pdfA() {
    return pdfA;
  }

  public int paymentDays() {
    return paymentDays;
  }

  public int slaWorkingMinutes() {
    return slaWorkingMinutes;
  }

  public WorkingCalendar calendar() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    Arrays.stream(workingDays.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> days.add(DayOfWeek.of(Integer.parseInt(s))));
    return new WorkingCalendar(zone(timeZone), dayStart, dayEnd, days);
  }

  public long version() {
    return version;
  }

  public static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException | NullPointerException e) {
      throw new InvalidInputException("event.timeZone", "timeZone", String.valueOf(id));
    }
  }
}
