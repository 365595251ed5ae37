package dev.backoffice.application.internal;

import dev.backoffice.application.RegistrationSubmission;
import dev.backoffice.application.Submitted;
import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.counterparty.CounterpartyRepository;
import dev.backoffice.domain.model.event.Event;
import dev.backoffice.domain.model.event.EventRepository;
import dev.backoffice.domain.model.event.Tariff;
import dev.backoffice.domain.model.registration.RegistrationRequest;
import dev.backoffice.domain.model.registration.RegistrationRequestRepository;
import dev.backoffice.domain.model.registration.RequestSource;
import dev.backoffice.domain.model.settings.TenantSettings;
import dev.backoffice.domain.model.settings.TenantSettingsRepository;
import dev.backoffice.domain.model.shared.ConflictException;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.domain.model.shared.Text;
import dev.backoffice.domain.requisites.RequisiteField;
import dev.backoffice.domain.requisites.RequisitesGate;
import dev.backoffice.domain.requisites.RequisitesRejectedException;
import dev.backoffice.domain.requisites.RequisitesVerdict;
import dev.backoffice.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Intake of registration requests, shared by every channel (API, screens, CSV, public form). Runs inside the
 * calling service's transaction, which has already bound the tenant and checked the caller's role.
 */
@ApplicationScoped
public class RegistrationIntake {

  static final int MAX_KEY_LENGTH = 200;

  private final RequisitesGate gate = new RequisitesGate();

  @Inject RegistrationRequestRepository requests;

  @Inject EventRepository events;

  @Inject CounterpartyRepository counterparties;

  @Inject TenantContext tenantContext;

  @Inject AuditTrail audit;

  @Inject RegistrationAssembler assembler;

  @Inject TenantSettingsRepository settings;

  /**
   * Stores a submission for the current tenant (bound by the caller), or returns the request stored earlier under
   * the same idempotency key. {@code lateAllowed} is false for the public form: nobody there may grant a late
   * exception.
   */
  public Submitted submit(RegistrationSubmission s, RequestSource source, String idempotencyKey, boolean lateAllowed) {
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
    String lateReason = lateAllowed ? Text.optional("lateReason", s.lateReason(), 1000) : null;
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
            slaDeadline(now),
            key,
            hash,
            tenantContext.callerName(),
            lateReason);
    if (s.documentLanguage() != null && !s.documentLanguage().isBlank()) {
      request.chooseDocumentLanguage(s.documentLanguage(), tenantContext.callerName(), now);
    }
    counterparties
        .findByInnAndKpp(company.inn(), company.kpp())
        .ifPresent(c -> request.matchDirectory(c.id(), !company.differencesFrom(c.details()).isEmpty()));
    requests.add(request);
    audit.record("request.received", "registrationRequest", request.id(), company.fullName() + ", ИНН " + company.inn());
    return new Submitted(assembler.detail(request), false);
  }

  /** The tenant's service level applied to a request received now: N working minutes in its working time. */
  private Instant slaDeadline(Instant received) {
    TenantSettings s = settings.current().orElseGet(TenantSettings::defaults);
    return s.calendar().deadline(received, s.slaWorkingMinutes());
  }

  /** The request stored earlier under this key; a different request under the same key is a conflict. */
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
    return new Submitted(assembler.detail(earlier), true);
  }

  /** Runs the gate on a full counterparty; refuses with every violation, or returns normalised details. */
  CompanyDetails checked(CompanyDetails company) {
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
}
