package dev.backoffice.interfaces.web.settings;

import dev.backoffice.application.DocumentStandard;
import dev.backoffice.domain.model.document.VatRounding;

import dev.backoffice.application.ServiceLevel;
import dev.backoffice.application.TenantSettingsService;
import dev.backoffice.interfaces.web.FacesMessages;
import dev.backoffice.interfaces.web.shell.ShellView;
import dev.backoffice.tenancy.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The tenant's service level: SLA in working minutes and the working time it is counted in. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "slaWorkingMinutes", "settingsForm:sla",
          "timeZone", "settingsForm:zone",
          "dayStart", "settingsForm:dayStart",
          "dayEnd", "settingsForm:dayEnd",
          "workingDays", "settingsForm:days");

  @Inject transient TenantSettingsService settings;

  @Inject transient ShellView shell;

  private int sla;
  private String zone;
  private String dayStart;
  private String dayEnd;
  private List<String> days = new ArrayList<>();
  private long version;
  private String numberFormat;
  private VatRounding vatRounding;
  private int paymentDays;
  private boolean pdfA;
  private long standardVersion;

  @PostConstruct
  void load() {
    fill(settings.currentServiceLevel());
    fill(settings.currentDocumentStandard());
  }

  private void fill(DocumentStandard d) {
    numberFormat = d.numberFormat();
    vatRounding = d.vatRounding();
    paymentDays = d.paymentDays();
    pdfA = d.pdfA();
    standardVersion = d.version();
  }

  /** Saves the document standard; both forms then hold the settings row's new version. */
  public void saveStandard() {
    try {
      fill(settings.changeDocumentStandard(new DocumentStandard(numberFormat, vatRounding, paymentDays, pdfA, standardVersion)));
      version = settings.currentServiceLevel().version();
      FacesMessages.info("legalEntities.saved");
    } catch (RuntimeException e) {
      FacesMessages.refusal(
          e,
          Map.of(
              "documentNumberFormat", "standardForm:numberFormat",
              "vatRounding", "standardForm:vatRounding",
              "paymentDays", "standardForm:paymentDays"));
    }
  }

  public boolean isPdfA() {
    return pdfA;
  }

  public void setPdfA(boolean pdfA) {
    this.pdfA = pdfA;
  }

  public String getNumberExample() {
    try {
      return dev.backoffice.domain.model.document.DocumentNumberFormat.of(numberFormat)
          .format(java.time.Year.now().getValue(), 12);
    } catch (RuntimeException e) {
      return "";
    }
  }

  public VatRounding[] getRoundings() {
    return VatRounding.values();
  }

  public String getNumberFormat() {
    return numberFormat;
  }

  public void setNumberFormat(String numberFormat) {
    this.numberFormat = numberFormat;
  }

  public VatRounding getVatRounding() {
    return vatRounding;
  }

  public void setVatRounding(VatRounding vatRounding) {
    this.vatRounding = vatRounding;
  }

  public int getPaymentDays() {
    return paymentDays;
  }

  public void setPaymentDays(int paymentDays) {
    this.paymentDays = paymentDays;
  }

  private void fill(ServiceLevel l) {
    sla = l.slaWorkingMinutes();
    zone = l.timeZone();
    dayStart = l.dayStart().toString();
    dayEnd = l.dayEnd().toString();
    days = new ArrayList<>(l.workingDays().stream().sorted().map(Enum::name).toList());
    version = l.version();
  }

  public boolean isCanEdit() {
    return shell.hasRole(Roles.TENANT_ADMIN);
  }

  public DayOfWeek[] getAllDays() {
    return DayOfWeek.values();
  }

  public void save() {
    try {
      EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
      days.forEach(d -> set.add(DayOfWeek.valueOf(d)));
      fill(settings.changeServiceLevel(new ServiceLevel(sla, zone, time(dayStart, "dayStart"), time(dayEnd, "dayEnd"), set, version)));
      standardVersion = settings.currentDocumentStandard().version();
      FacesMessages.info("legalEntities.saved");
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, FIELDS);
    }
  }

  private static LocalTime time(String value, String field) {
    try {
      return LocalTime.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      throw new dev.backoffice.domain.model.shared.InvalidInputException("settings.time", field);
    }
  }

  public int getSla() {
    return sla;
  }

  public void setSla(int sla) {
    this.sla = sla;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public String getDayStart() {
    return dayStart;
  }

  public void setDayStart(String dayStart) {
    this.dayStart = dayStart;
  }

  public String getDayEnd() {
    return dayEnd;
  }

  public void setDayEnd(String dayEnd) {
    this.dayEnd = dayEnd;
  }

  public List<String> getDays() {
    return days;
  }

  public void setDays(List<String> days) {
    this.days = days == null ? new ArrayList<>() : days;
  }
}
