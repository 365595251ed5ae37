package dev.backoffice.interfaces.web.queue;

import dev.backoffice.application.DocumentService;
import dev.backoffice.application.DocumentView;
import java.util.List;

import dev.backoffice.application.DirectoryChoice;
import dev.backoffice.application.RegistrationDetail;
import dev.backoffice.application.RegistrationService;
import dev.backoffice.domain.model.document.DocumentStatus;
import dev.backoffice.domain.model.registration.HistoryKind;
import dev.backoffice.domain.model.registration.RequestStatus;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.interfaces.facade.RequisitesAssembler;
import dev.backoffice.interfaces.facade.RequisitesAssembler.FieldVerdict;
import dev.backoffice.interfaces.web.FacesMessages;
import dev.backoffice.interfaces.web.shell.ShellView;
import dev.backoffice.tenancy.Roles;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One registration request: details with the gate's verdict per field, participants, history, and actions. */
@Named
@ViewScoped
public class RequestView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS = Map.of("comment", "actions:comment", "directoryChoice", "actions:choice", "assignee", "actions:assignee");

  /** Where the gate's and the service's refusals of a requisites correction are shown. */
  private static final Map<String, String> CORRECTION_FIELDS =
      Map.ofEntries(
          Map.entry("entityType", "correction:entityType"),
          Map.entry("fullName", "correction:fullName"),
          Map.entry("shortName", "correction:shortName"),
          Map.entry("inn", "correction:inn"),
          Map.entry("kpp", "correction:kpp"),
          Map.entry("ogrn", "correction:ogrn"),
          Map.entry("legalAddress", "correction:legalAddress"),
          Map.entry("postalAddress", "correction:postalAddress"),
          Map.entry("bankName", "correction:bankName"),
          Map.entry("bik", "correction:bik"),
          Map.entry("correspondentAccount", "correction:correspondentAccount"),
          Map.entry("settlementAccount", "correction:settlementAccount"),
          Map.entry("signatoryName", "correction:signatoryName"),
          Map.entry("signatoryPosition", "correction:signatoryPosition"),
          Map.entry("reason", "correction:reason"),
          Map.entry("company", "correction:fullName"));

  @Inject transient RegistrationService registrations;

  @Inject transient ShellView shell;

  @Inject transient DocumentService documents;

  private transient List<DocumentView> documentList;

  private UUID id;
  private String idText;
  private RegistrationDetail request;
  private String comment;
  private DirectoryChoice choice;
  private String assignee;
  private String documentLanguage;
  private CompanyForm correction;
  private String correctionReason;

  /** Loads the request named in the URL; a malformed or unknown id (or another tenant's) answers 404. */
  public void load() throws IOException {
    try {
      id = idText == null ? null : UUID.fromString(idText.strip());
      request = id == null ? null : registrations.get(id);
    } catch (RecordNotFoundException | IllegalArgumentException e) {
      request = null;
    }
    if (request == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public boolean isCanAct() {
    return shell.hasRole(Roles.OPERATOR) || shell.hasRole(Roles.TENANT_ADMIN);
  }

  public Map<String, FieldVerdict> getVerdict() {
    return RequisitesAssembler.fields(request.requisites(), FacesMessages.locale());
  }

  public FieldVerdict verdict(String field) {
    return getVerdict().get(field);
  }

  public String getSlaState() {
    var s = request.summary();
    return SlaClock.state(s.status(), s.receivedAt(), s.slaDeadline(), Instant.now());
  }

  public String getSlaLeft() {
    var s = request.summary();
    return SlaClock.left(s.status(), s.slaDeadline(), Instant.now());
  }

  public boolean can(String status) {
    return isCanAct() && request.summary().status().canMoveTo(RequestStatus.valueOf(status));
  }

  public void take() {
    act(() -> registrations.take(id));
  }

  public void review() {
    act(() -> registrations.moveTo(id, request.summary().version(), RequestStatus.IN_REVIEW, comment));
  }

  public void needsInformation() {
    act(() -> registrations.moveTo(id, request.summary().version(), RequestStatus.NEEDS_INFORMATION, comment));
  }

  public void cancel() {
    act(() -> registrations.moveTo(id, request.summary().version(), RequestStatus.CANCELLED, comment));
  }

  public void approve() {
    act(() -> registrations.approve(id, request.summary().version(), choice, comment));
  }

  public void assign() {
    act(() -> registrations.assign(id, assignee));
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  /** The contract and the invoice of an approved request, issued together. */
  public void issueDocuments() {
    try {
      List<DocumentView> issued = documents.issueDealPack(id);
      documentList = null;
      request = registrations.get(id);
      FacesMessages.info("request.documentsIssued", issued.get(0).number(), issued.get(1).number());
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, FIELDS);
      request = registrations.get(id);
    }
  }

  public boolean isCanIssue() {
    return isCanAct() && request.summary().status() == RequestStatus.APPROVED;
  }

  public List<DocumentView> getDocuments() {
    if (documentList == null) {
      documentList = documents.listForRequest(id);
    }
    return documentList;
  }

  public String getDocumentLanguage() {
    return documentLanguage != null ? documentLanguage : request.documentLanguage();
  }

  public void setDocumentLanguage(String documentLanguage) {
    this.documentLanguage = documentLanguage;
  }

  public List<String> getDocumentLanguages() {
    return List.of("ru", "en");
  }

  /** The contract and invoice may change language until they are issued. */
  public boolean isCanChooseLanguage() {
    RequestStatus s = request.summary().status();
    return isCanAct() && (s.isOpen() || s == RequestStatus.APPROVED);
  }

  public void saveLanguage() {
    try {
      request = registrations.chooseDocumentLanguage(id, request.summary().version(), documentLanguage);
      documentLanguage = null;
      FacesMessages.info("request.saved");
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, Map.of("documentLanguage", "actions:documentLanguage"));
      request = registrations.get(id);
    }
  }

  /** Opens the requisites correction with the request's current details. */
  public void startCorrection() {
    correction = CompanyForm.of(request.company());
    correctionReason = null;
  }

  public void closeCorrection() {
    correction = null;
  }

  /** Saves the corrected requisites (through the gate); issued documents keep theirs until their исправление. */
  public void saveCorrection() {
    try {
      request = registrations.correctCompany(id, request.summary().version(), correction.toDomain(), correctionReason);
      correction = null;
      documentList = null;
      FacesMessages.info(isCanIssueCorrections() ? "request.requisitesCorrectedIssueFixes" : "request.requisitesCorrected");
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, CORRECTION_FIELDS);
    }
  }

  /** Issues the исправление of every issued document of the request, all or none. */
  public void issueCorrections() {
    try {
      List<DocumentView> fixes = documents.correctAllOfRequest(id, latestCorrectionReason());
      documentList = null;
      request = registrations.get(id);
      FacesMessages.info("request.correctionsIssued", fixes.size());
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, FIELDS);
      request = registrations.get(id);
    }
  }

  public boolean isCanCorrect() {
    return isCanAct() && request.summary().status() != RequestStatus.CANCELLED;
  }

  /** Issued documents older than the latest requisites correction: they still carry the old details. */
  public boolean isCanIssueCorrections() {
    if (!isCanCorrect()) {
      return false;
    }
    Instant corrected = latestCorrection().map(RegistrationDetail.Change::occurredAt).orElse(null);
    return corrected != null
        && getDocuments().stream()
            .anyMatch(
                d -> d.status() == DocumentStatus.ISSUED
                    && d.issuedAt().isBefore(corrected));
  }

  private Optional<RegistrationDetail.Change> latestCorrection() {
    return request.history().stream()
        .filter(h -> h.kind() == HistoryKind.REQUISITES_CORRECTED)
        .reduce((a, b) -> b);
  }

  /** The reason given with the latest requisites correction ("КПП: …"), carried into the documents' history. */
  private String latestCorrectionReason() {
    return latestCorrection()
        .map(RegistrationDetail.Change::comment)
        .map(c -> c.length() > 1000 ? c.substring(0, 999) + "…" : c)
        .orElse(null);
  }

  public CompanyForm getCorrection() {
    return correction;
  }

  public String getCorrectionReason() {
    return correctionReason;
  }

  public void setCorrectionReason(String correctionReason) {
    this.correctionReason = correctionReason;
  }

  public void addComment() {
    act(() -> registrations.comment(id, comment));
  }

  private void act(java.util.function.Supplier<RegistrationDetail> action) {
    try {
      request = action.get();
      comment = null;
      documentLanguage = null;
      choice = null;
      FacesMessages.info("request.saved");
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, FIELDS);
      request = registrations.get(id);
    }
  }

  public DirectoryChoice[] getChoices() {
    return DirectoryChoice.values();
  }

  public UUID getId() {
    return id;
  }

  public String getIdText() {
    return idText;
  }

  public void setIdText(String idText) {
    this.idText = idText;
  }

  public RegistrationDetail getRequest() {
    return request;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public DirectoryChoice getChoice() {
    return choice;
  }

  public void setChoice(DirectoryChoice choice) {
    this.choice = choice;
  }
}
