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
import dev.backoffice.domain.model.event.Event;
import dev.backoffice.domain.model.event.EventRepository;
import dev.backoffice.domain.model.event.Tariff;
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
import dev.backoffice.domain.requisites.RequisiteField;
import dev.backoffice.domain.requisites.RequisitesGate;
import dev.backoffice.domain.requisites.RequisitesRejectedException;
import dev.backoffice.domain.requisites.RequisitesVerdict;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registration requests: one method per use case, each the transaction and role boundary. Requisites pass the gate
 * at intake and again before approval; every change goes to the request's history.
 */
@Stateless
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
public class DefaultRegistrationService implements RegistrationService {

  static final int MAX_PAGE = 200;
  static final int MAX_KEY_LENGTH = 200;

  private final RequisitesGate gate = new RequisitesGate();

  @Inject RegistrationRequestRepository requests;

  @Inject EventRepository events;

  @Inject CounterpartyRepository counterparties;

  @Inject TenantContext tenantContext;

  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "backoffice.sla.minutes", defaultValue = "120")
  long slaMinutes;

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public Submitted submit(RegistrationSubmission s, RequestSource source, String idempotencyKey) {
    tenantContext.requireTenantId();
    String key = idempotencyKey(idempotencyKey);
    String hash = hash(s);
    if (key != null) {
      var earlier = requests.findByIdempotencyKey(key);
      if (earlier.isPresent()) {
        return replayed(earlier.get(), hash);
      }
    }
    if (s == null || s.eventId() == null) {
      throw new InvalidInputException("required", "eventId");
    }
    Event event = events.find(s.eventId()).orElseThrow(() -> new RecordNotFoundException("event", s.eventId()));
    if (s.tariffId() == null) {
      throw new InvalidInputException("required", "tariffId");
    }
    Tariff tariff = event.tariff(s.tariffId()).orElseThrow(() -> new RecordNotFoundException("tariff", s.tariffId()));
    if (s.company() == null) {
      throw new InvalidInputException("required", "company.inn");
    }
    CompanyDetails company = checked(s.company().cleaned());

    Instant now = Instant.now();
    String lateReason = Text.optional("lateReason", s.lateReason(), 1000);
    if (now.isBefore(event.registrationOpensAt())) {
      throw new ConflictException("request.registrationNotOpen", "eventId", event.registrationOpensAt().toString());
    }
    if (event.registrationClosedAt(now) && lateReason == null) {
      throw new ConflictException("request.registrationClosed", "eventId", event.registrationClosesAt().toString());
    }
    if (!event.registrationClosedAt(now)) {
      lateReason = null;
    }

    RegistrationRequest request =
        new RegistrationRequest(
            event,
            tariff,
            s.participants(),
            company,
            s.contact(),
            source,
            now,
            now.plus(Duration.ofMinutes(slaMinutes)),
            key,
            hash,
            tenantContext.callerName(),
            lateReason);
    counterparties
        .findByInnAndKpp(company.inn(), company.kpp())
        .ifPresent(c -> request.matchDirectory(c.id(), !company.differencesFrom(c.details()).isEmpty()));
    requests.add(request);
    audit.record("request.received", "registrationRequest", request.id(), company.fullName() + ", ИНН " + company.inn());
    return new Submitted(detail(request), false);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public Submitted replay(RegistrationSubmission s, String idempotencyKey) {
    tenantContext.requireTenantId();
    String key = idempotencyKey(idempotencyKey);
    RegistrationRequest earlier =
        requests.findByIdempotencyKey(key).orElseThrow(() -> new RecordNotFoundException("registrationRequest", key));
    return replayed(earlier, hash(s));
  }

  private Submitted replayed(RegistrationRequest earlier, String hash) {
    if (!earlier.sameRequestAs(hash)) {
      throw new ConflictException("request.idempotencyKeyReused", "Idempotency-Key", earlier.idempotencyKey());
    }
    return new Submitted(detail(earlier), true);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public RegistrationDetail get(UUID id) {
    tenantContext.requireTenantId();
    return detail(load(id));
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
        requests.page(f, order, from, size).stream().map(DefaultRegistrationService::summary).toList();
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
    return detail(r);
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
    if (existing.isPresent()) {
      Counterparty c = existing.get();
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
    } else {
      Counterparty c = new Counterparty(r.company(), now);
      counterparties.add(c);
      r.matchDirectory(c.id(), false);
    }
    r.moveTo(RequestStatus.APPROVED, actor, comment, now);
    audit.record("request.approved", "registrationRequest", id, r.company().fullName());
    return detail(r);
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
    return detail(r);
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
  public RegistrationDetail comment(UUID id, String text) {
    tenantContext.requireTenantId();
    RegistrationRequest r = load(id);
    r.comment(text, tenantContext.callerName(), Instant.now());
    return detail(r);
  }

  /** Runs the gate on a full counterparty; refuses with every violation, or returns normalised details. */
  private CompanyDetails checked(CompanyDetails company) {
    RequisitesVerdict verdict = gate.checkComplete(company.requisites());
    if (!verdict.isAcceptable()) {
      throw new RequisitesRejectedException(verdict);
    }
    return company.withIdentifiers(
        verdict.normalised(RequisiteField.INN).orElse(null),
        verdict.normalised(RequisiteField.KPP).orElse(null),
        verdict.normalised(RequisiteField.OGRN).orElse(null),
        verdict.normalised(RequisiteField.BIK).orElse(null),
        verdict.normalised(RequisiteField.CORRESPONDENT_ACCOUNT).orElse(null),
        verdict.normalised(RequisiteField.SETTLEMENT_ACCOUNT).orElse(null));
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

  private static String idempotencyKey(String key) {
    if (key == null) {
      return null;
    }
    String k = key.strip();
    if (k.isEmpty()) {
      return null;
    }
    if (k.length() > MAX_KEY_LENGTH || !k.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new InvalidInputException("request.idempotencyKey", "Idempotency-Key", MAX_KEY_LENGTH);
    }
    return k;
  }

  /** A fingerprint of what was submitted, to tell a retry from a different request reusing a key. */
  static String hash(RegistrationSubmission s) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(String.valueOf(s).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static RegistrationSummary summary(RegistrationRequest r) {
    CompanyDetails c = r.company();
    return new RegistrationSummary(
        r.id(),
        r.event().id(),
        r.event().name(),
        r.tariff().name(),
        c.shortName() != null ? c.shortName() : c.fullName(),
        c.inn(),
        c.kpp(),
        r.participantsCount(),
        r.source(),
        r.status(),
        r.receivedAt(),
        r.slaDeadline(),
        r.lateException(),
        r.directoryDiffers(),
        r.assignee(),
        r.version());
  }

  private RegistrationDetail detail(RegistrationRequest r) {
    requests.flush();
    List<String> differences =
        r.counterpartyId() == null || !r.directoryDiffers()
            ? List.of()
            : counterparties.find(r.counterpartyId()).map(c -> r.company().differencesFrom(c.details())).orElse(List.of());
    return new RegistrationDetail(
        summary(r),
        r.tariff().id(),
        r.company(),
        r.contact(),
        r.counterpartyId(),
        differences,
        r.lateReason(),
        r.participants().stream().map(p -> new RegistrationDetail.Person(p.fullName(), p.email(), p.jobTitle())).toList(),
        r.history().stream()
            .map(h -> new RegistrationDetail.Change(h.occurredAt(), h.actor(), h.kind(), h.fromStatus(), h.toStatus(), h.comment()))
            .toList(),
        gate.checkComplete(r.company().requisites()));
  }
}
