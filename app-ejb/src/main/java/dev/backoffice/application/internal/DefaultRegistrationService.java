package dev.backoffice.application.internal;

import dev.backoffice.application.DirectoryChoice;
import dev.backoffice.application.QueuePage;
import dev.backoffice.application.RegistrationDetail;
import dev.backoffice.application.RegistrationService;
import dev.backoffice.application.RegistrationSubmission;
import dev.backoffice.application.RegistrationSummary;
import dev.backoffice.application.Submitted;
import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.counterparty.Counterparty;
import dev.backoffice.domain.model.counterparty.CounterpartyRepository;
import dev.backoffice.domain.model.registration.QueueFilter;
import dev.backoffice.domain.model.registration.QueueOrder;
import dev.backoffice.domain.model.registration.RegistrationRequest;
import dev.backoffice.domain.model.registration.RegistrationRequestRepository;
import dev.backoffice.domain.model.registration.RequestSource;
import dev.backoffice.domain.model.registration.RequestStatus;
import dev.backoffice.domain.model.shared.ConflictException;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.domain.model.shared.Text;
import dev.backoffice.domain.requisites.RequisitesGate;
import dev.backoffice.domain.requisites.RequisitesRejectedException;
import dev.backoffice.domain.requisites.RequisitesVerdict;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Registration requests: one method per use case, each the transaction and role boundary. Requisites pass the gate
 * at intake and again before approval; every change goes to the request's history.
 */
@Stateless
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
public class DefaultRegistrationService implements RegistrationService {

  static final int MAX_PAGE = 200;

  /** A user name as identity sources deliver them: letters, digits and . _ @ - */
  static final java.util.regex.Pattern ASSIGNEE = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._@-]{1,200}");

  private final RequisitesGate gate = new RequisitesGate();

  @Inject RegistrationRequestRepository requests;

  @Inject CounterpartyRepository counterparties;

  @Inject TenantContext tenantContext;

  @Inject AuditTrail audit;

  @Inject RegistrationIntake intake;

  @Inject RegistrationAssembler assembler;

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public Submitted submit(RegistrationSubmission s, RequestSource source, String idempotencyKey) {
    tenantContext.requireTenantId();
    return intake.submit(s, source, idempotencyKey, true);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public Submitted replay(RegistrationSubmission s, String idempotencyKey) {
    tenantContext.requireTenantId();
    return intake.replay(s, idempotencyKey);
  }


  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public RegistrationDetail get(UUID id) {
    tenantContext.requireTenantId();
    return assembler.detail(load(id));
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public QueuePage queue(QueueFilter filter, QueueOrder order, int first, int max) {
    tenantContext.requireTenantId();
    QueueFilter f = filter == null ? QueueFilter.all() : filter;
    if (f.search() != null && f.search().length() > 200) {
      throw new InvalidInputException("tooLong", "search", 200);
    }
    int size = Math.max(1, Math.min(max, MAX_PAGE));
    int from = Math.max(0, first);
    List<RegistrationSummary> items =
        requests.page(f, order, from, size).stream().map(RegistrationAssembler::summary).toList();
    return new QueuePage(items, requests.count(f), requests.countsByStatus());
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public RegistrationDetail moveTo(UUID id, long expectedVersion, RequestStatus to, String comment) {
    tenantContext.requireTenantId();
    if (to == null) {
      throw new InvalidInputException("required", "to");
    }
    if (to == RequestStatus.APPROVED) {
      return approve(id, expectedVersion, null, comment);
    }
    if (to != RequestStatus.IN_REVIEW && to != RequestStatus.NEEDS_INFORMATION && to != RequestStatus.CANCELLED) {
      throw new InvalidInputException("request.manualTransition", "to", to.name());
    }
    RegistrationRequest r = loadAt(id, expectedVersion);
    if ((to == RequestStatus.NEEDS_INFORMATION || to == RequestStatus.CANCELLED) && Text.clean(comment) == null) {
      throw new InvalidInputException("request.reasonRequired", "comment");
    }
    RequestStatus from = r.status();
    r.moveTo(to, tenantContext.callerName(), comment, Instant.now());
    audit.record("request.status", "registrationRequest", id, from + " -> " + to);
    return assembler.detail(r);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public RegistrationDetail approve(UUID id, long expectedVersion, DirectoryChoice choice, String comment) {
    tenantContext.requireTenantId();
    RegistrationRequest r = loadAt(id, expectedVersion);
    if (r.status() != RequestStatus.IN_REVIEW) {
      throw new ConflictException("request.transition", "status", r.status().name(), RequestStatus.APPROVED.name());
    }
    RequisitesVerdict verdict = gate.checkComplete(r.company().requisites());
    if (!verdict.isAcceptable()) {
      throw new RequisitesRejectedException(verdict);
    }
    Instant now = Instant.now();
    String actor = tenantContext.callerName();
    var existing = counterparties.findByInnAndKpp(r.company().inn(), r.company().kpp());
    UUID createdNow = null;
    if (existing.isEmpty()) {
      // A new company: its entry is made in a transaction of its own, so that two of its requests approved at the same
      // moment make one entry, and the later request is compared with it like with any other.
      Counterparty fresh = new Counterparty(r.company(), now);
      counterparties.addIfAbsent(fresh);
      existing = counterparties.findByInnAndKpp(r.company().inn(), r.company().kpp());
      createdNow = fresh.id();
    }
    Counterparty c = existing.orElseThrow(() -> new IllegalStateException("The directory entry was not created"));
    if (c.id().equals(createdNow)) {
      r.matchDirectory(c.id(), false);
    } else {
      List<String> differences = r.company().differencesFrom(c.details());
      if (!differences.isEmpty()) {
        if (choice == null) {
          throw new InvalidInputException("request.directoryChoiceRequired", "directoryChoice", String.join(", ", differences));
        }
        if (choice == DirectoryChoice.USE_SUBMITTED) {
          c.replaceDetails(r.company());
        }
        r.recordDirectoryChoice(c.id(), choice.name() + ": " + String.join(", ", differences), actor, now);
      } else {
        r.matchDirectory(c.id(), false);
      }
    }
    r.moveTo(RequestStatus.APPROVED, actor, comment, now);
    audit.record("request.approved", "registrationRequest", id, r.company().fullName());
    return assembler.detail(r);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public RegistrationDetail take(UUID id) {
    tenantContext.requireTenantId();
    RegistrationRequest r = load(id);
    Instant now = Instant.now();
    String actor = tenantContext.callerName();
    r.assignTo(actor, actor, now);
    if (r.status() == RequestStatus.NEW) {
      r.moveTo(RequestStatus.IN_REVIEW, actor, null, now);
    }
    return assembler.detail(r);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public RegistrationDetail assign(UUID id, String assignee) {
    tenantContext.requireTenantId();
    RegistrationRequest r = load(id);
    if (assignee != null && !assignee.isBlank() && !ASSIGNEE.matcher(assignee.strip()).matches()) {
      throw new InvalidInputException("request.assignee", "assignee");
    }
    r.assignTo(assignee, tenantContext.callerName(), Instant.now());
    audit.record("request.assigned", "registrationRequest", id, String.valueOf(assignee));
    return assembler.detail(r);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public RegistrationDetail comment(UUID id, String text) {
    tenantContext.requireTenantId();
    RegistrationRequest r = load(id);
    r.comment(text, tenantContext.callerName(), Instant.now());
    return assembler.detail(r);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public RegistrationDetail chooseDocumentLanguage(UUID id, long expectedVersion, String language) {
    tenantContext.requireTenantId();
    RegistrationRequest r = loadAt(id, expectedVersion);
    r.chooseDocumentLanguage(language, tenantContext.callerName(), Instant.now());
    return assembler.detail(r);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public RegistrationDetail correctCompany(UUID id, long expectedVersion, CompanyDetails corrected, String reason) {
    tenantContext.requireTenantId();
    if (corrected == null) {
      throw new InvalidInputException("required", "company");
    }
    CompanyDetails checked = intake.checked(corrected.cleaned());
    RegistrationRequest r = loadAt(id, expectedVersion);
    CompanyDetails before = r.company();
    Instant now = Instant.now();
    r.correctCompany(checked, tenantContext.callerName(), reason, now);
    if (r.counterpartyId() != null) {
      // An approved request is linked to the directory: the entry follows the details the operator has just confirmed;
      // a corrected ИНН/КПП is another company, whose entry is found or made as at approval.
      if (Objects.equals(before.inn(), checked.inn()) && Objects.equals(before.kpp(), checked.kpp())) {
        counterparties.find(r.counterpartyId()).ifPresent(c -> c.replaceDetails(checked));
      } else {
        var entry = counterparties.findByInnAndKpp(checked.inn(), checked.kpp());
        if (entry.isEmpty()) {
          counterparties.addIfAbsent(new Counterparty(checked, now));
          entry = counterparties.findByInnAndKpp(checked.inn(), checked.kpp());
        } else {
          entry.get().replaceDetails(checked);
        }
        r.matchDirectory(
            entry.orElseThrow(() -> new IllegalStateException("The directory entry was not created")).id(), false);
      }
    }
    audit.record("request.requisitesCorrected", "registrationRequest", id, checked.fullName() + " (" + checked.inn() + ")");
    return assembler.detail(r);
  }

  private RegistrationRequest load(UUID id) {
    if (id == null) {
      throw new RecordNotFoundException("registrationRequest", null);
    }
    return requests.find(id).orElseThrow(() -> new RecordNotFoundException("registrationRequest", id));
  }

  private RegistrationRequest loadAt(UUID id, long expectedVersion) {
    RegistrationRequest r = load(id);
    if (r.version() != expectedVersion) {
      throw new ConflictException("staleVersion", null, expectedVersion, r.version());
    }
    return r;
  }




}
