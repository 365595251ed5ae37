package dev.backoffice.interfaces.web.queue;

import dev.backoffice.application.DocumentService;
import dev.backoffice.application.DocumentView;
import java.util.List;

import dev.backoffice.application.DirectoryChoice;
import dev.backoffice.application.RegistrationDetail;
import dev.backoffice.application.RegistrationService;
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
import java.util.UUID;

/** One registration request: details with the gate's verdict per field, participants, history, and actions. */
@Named
@ViewScoped
public class RequestView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS = Map.of("comment", "actions:comment", "directoryChoice", "actions:choice", "assignee", "actions:assignee");

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

  public void addComment() {
    act(() -> registrations.comment(id, comment));
  }

  private void act(java.util.function.Supplier<RegistrationDetail> action) {
    try {
      request = action.get();
      comment = null;
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
