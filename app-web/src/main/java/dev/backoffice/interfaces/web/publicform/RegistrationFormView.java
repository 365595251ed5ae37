package dev.backoffice.interfaces.web.publicform;

import dev.backoffice.application.CurrentUserView;
import dev.backoffice.application.PublicEvent;
import dev.backoffice.application.PublicRegistrationService;
import dev.backoffice.application.RegistrationSubmission;
import dev.backoffice.application.RegistrationService;
import dev.backoffice.application.RequisitesValidationService;
import dev.backoffice.application.TenantService;
import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.counterparty.SignatoryBasis;
import dev.backoffice.domain.model.registration.ContactPerson;
import dev.backoffice.domain.model.registration.ParticipantDetails;
import dev.backoffice.domain.model.registration.RequestSource;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.domain.requisites.EntityType;
import dev.backoffice.domain.requisites.RequisitesInput;
import dev.backoffice.interfaces.facade.RequisitesAssembler;
import dev.backoffice.interfaces.facade.RequisitesAssembler.FieldVerdict;
import dev.backoffice.interfaces.rest.RateLimiter;
import dev.backoffice.interfaces.web.FacesMessages;
import dev.backoffice.tenancy.Roles;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public registration page of one event: {@code /register.xhtml?t=<tenant>&e=<event>}. Requisites are checked as
 * the visitor types (the same gate as {@code POST /api/v1/requisites/validation}); bots are turned away by a hidden
 * field people do not fill and by a minimum time between showing and submitting the form; submissions are
 * rate-limited per address. Faces' server-side view state (a random token per view) makes forged posts fail.
 */
@Named
@ViewScoped
public class RegistrationFormView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A person needs longer than this to fill the form; a script usually does not wait. */
  static final long MIN_FILL_MILLIS = 3_000;

  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("inn", "form:inn"),
          Map.entry("kpp", "form:kpp"),
          Map.entry("ogrn", "form:ogrn"),
          Map.entry("bik", "form:bik"),
          Map.entry("correspondentAccount", "form:correspondentAccount"),
          Map.entry("settlementAccount", "form:settlementAccount"),
          Map.entry("fullName", "form:fullName"),
          Map.entry("company.inn", "form:inn"),
          Map.entry("tariffId", "form:tariff"),
          Map.entry("contact.name", "form:contactName"),
          Map.entry("contact.email", "form:contactEmail"),
          Map.entry("email", "form:contactEmail"),
          Map.entry("participants", "form:participants"),
          Map.entry("eventId", "form:lateReason"),
          Map.entry("lateReason", "form:lateReason"));

  @Inject transient PublicRegistrationService registration;

  @Inject transient RequisitesValidationService validation;

  @Inject transient RateLimiter rateLimiter;

  @Inject transient RegistrationService registrations;

  @Inject transient TenantService tenants;

  private String tenant;
  private String eventIdText;
  private UUID eventId;
  private PublicEvent event;
  private long shownAt;
  private UUID submittedId;
  private Map<String, FieldVerdict> verdict = new HashMap<>();

  private String entityType = "organisation";
  private String fullName;
  private String shortName;
  private String inn;
  private String kpp;
  private String ogrn;
  private String legalAddress;
  private String bankName;
  private String bik;
  private String correspondentAccount;
  private String settlementAccount;
  private String signatoryName;
  private String signatoryPosition;
  private UUID tariffId;
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private String website;
  private String lateReason;
  private Boolean staffOfThisTenant;
  private final List<Person> participants = new ArrayList<>(List.of(new Person()));

  /** One participant row of the form. */
  public static class Person implements Serializable {
    private static final long serialVersionUID = 1L;
    private String fullName;
    private String email;
    private String position;

    public String getFullName() {
      return fullName;
    }

    public void setFullName(String v) {
      fullName = v;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String v) {
      email = v;
    }

    public String getPosition() {
      return position;
    }

    public void setPosition(String v) {
      position = v;
    }
  }

  public void load() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    if (fc.isPostback()) {
      return;
    }
    try {
      eventId = UUID.fromString(String.valueOf(eventIdText).strip());
      event = registration.event(tenant, eventId);
      shownAt = System.currentTimeMillis();
      if (event.tariffs().size() == 1) {
        tariffId = event.tariffs().get(0).id();
      }
    } catch (RecordNotFoundException | IllegalArgumentException e) {
      fc.getExternalContext().responseSendError(404, "not found");
      fc.responseComplete();
    }
  }

  /** Runs the gate on the requisites typed so far; the page shows a verdict next to each field. */
  public void check() {
    verdict = RequisitesAssembler.fields(validation.validate(requisites()), FacesMessages.locale());
  }

  public FieldVerdict verdictOf(String field) {
    return verdict.get(field);
  }

  public void addParticipant() {
    if (participants.size() < 50) {
      participants.add(new Person());
    }
  }

  public void removeParticipant(Person p) {
    if (participants.size() > 1) {
      participants.remove(p);
    }
  }

  /**
   * An operator or tenant admin of this page's tenant, logged in: after registration closes they may still enter a
   * request as a late exception with a reason (recorded). Everyone else sees "registration closed".
   */
  public boolean isStaff() {
    if (staffOfThisTenant == null) {
      if (FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null) {
        staffOfThisTenant = false;
        return false;
      }
      CurrentUserView me = tenants.currentUser();
      staffOfThisTenant =
          me.tenant() != null
              && me.tenant().slug().equals(tenant)
              && (me.hasRole(Roles.OPERATOR) || me.hasRole(Roles.TENANT_ADMIN));
    }
    return staffOfThisTenant;
  }

  /** The form is shown while registration is open, and afterwards to the tenant's staff for late exceptions. */
  public boolean isFormOpen() {
    return event != null && submittedId == null && (event.open() || isStaff());
  }

  public boolean isLateEntry() {
    return event != null && !event.open() && isStaff();
  }

  public void submit() {
    if (isLateEntry()) {
      submitLate();
      return;
    }
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    String address = ((HttpServletRequest) ec.getRequest()).getRemoteAddr();
    if ((website != null && !website.isBlank()) || System.currentTimeMillis() - shownAt < MIN_FILL_MILLIS) {
      FacesMessages.error("form.bot");
      return;
    }
    if (!rateLimiter.tryAcquire("form:" + address)) {
      FacesMessages.error("error.rateLimited");
      return;
    }
    try {
      submittedId =
          registration.submit(
              tenant,
              new RegistrationSubmission(
                  eventId,
                  tariffId,
                  participants.stream().map(p -> new ParticipantDetails(p.fullName, p.email, p.position)).toList(),
                  company(),
                  new ContactPerson(contactName, contactEmail, contactPhone),
                  null));
    } catch (RuntimeException e) {
      check();
      FacesMessages.refusal(e, FIELDS);
    }
  }

  /** Staff entering a request after the close: through the authenticated service, with the late reason recorded. */
  private void submitLate() {
    try {
      submittedId =
          registrations
              .submit(
                  new RegistrationSubmission(
                      eventId,
                      tariffId,
                      participants.stream().map(p -> new ParticipantDetails(p.fullName, p.email, p.position)).toList(),
                      company(),
                      new ContactPerson(contactName, contactEmail, contactPhone),
                      lateReason == null || lateReason.isBlank() ? null : lateReason),
                  RequestSource.FORM,
                  null)
              .request()
              .summary()
              .id();
    } catch (RuntimeException e) {
      check();
      FacesMessages.refusal(e, FIELDS);
    }
  }

  public String getLateReason() {
    return lateReason;
  }

  public void setLateReason(String lateReason) {
    this.lateReason = lateReason;
  }

  private RequisitesInput requisites() {
    return new RequisitesInput(type(), inn, kpp, ogrn, bik, correspondentAccount, settlementAccount);
  }

  private EntityType type() {
    return "entrepreneur".equals(entityType) ? EntityType.ENTREPRENEUR : EntityType.ORGANISATION;
  }

  private CompanyDetails company() {
    return new CompanyDetails(
        type(), fullName, shortName, inn, type() == EntityType.ENTREPRENEUR ? null : kpp, ogrn, legalAddress, null,
        bankName, bik, correspondentAccount, settlementAccount, signatoryName, signatoryPosition,
        type() == EntityType.ENTREPRENEUR ? SignatoryBasis.ENTREPRENEUR_REGISTRATION : SignatoryBasis.CHARTER,
        null, null, null, null);
  }

  public boolean isEntrepreneur() {
    return type() == EntityType.ENTREPRENEUR;
  }

  public String getShortReference() {
    return submittedId == null ? null : submittedId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  // --- plain accessors for the page ---

  public PublicEvent getEvent() {
    return event;
  }

  public UUID getSubmittedId() {
    return submittedId;
  }

  public List<Person> getParticipants() {
    return participants;
  }

  public String getTenant() {
    return tenant;
  }

  public void setTenant(String v) {
    tenant = v;
  }

  public String getEventIdText() {
    return eventIdText;
  }

  public void setEventIdText(String v) {
    eventIdText = v;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String v) {
    entityType = v;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String v) {
    fullName = v;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String v) {
    shortName = v;
  }

  public String getInn() {
    return inn;
  }

  public void setInn(String v) {
    inn = v;
  }

  public String getKpp() {
    return kpp;
  }

  public void setKpp(String v) {
    kpp = v;
  }

  public String getOgrn() {
    return ogrn;
  }

  public void setOgrn(String v) {
    ogrn = v;
  }

  public String getLegalAddress() {
    return legalAddress;
  }

  public void setLegalAddress(String v) {
    legalAddress = v;
  }

  public String getBankName() {
    return bankName;
  }

  public void setBankName(String v) {
    bankName = v;
  }

  public String getBik() {
    return bik;
  }

  public void setBik(String v) {
    bik = v;
  }

  public String getCorrespondentAccount() {
    return correspondentAccount;
  }

  public void setCorrespondentAccount(String v) {
    correspondentAccount = v;
  }

  public String getSettlementAccount() {
    return settlementAccount;
  }

  public void setSettlementAccount(String v) {
    settlementAccount = v;
  }

  public String getSignatoryName() {
    return signatoryName;
  }

  public void setSignatoryName(String v) {
    signatoryName = v;
  }

  public String getSignatoryPosition() {
    return signatoryPosition;
  }

  public void setSignatoryPosition(String v) {
    signatoryPosition = v;
  }

  public UUID getTariffId() {
    return tariffId;
  }

  public void setTariffId(UUID v) {
    tariffId = v;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String v) {
    contactName = v;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String v) {
    contactEmail = v;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String v) {
    contactPhone = v;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String v) {
    website = v;
  }
}
