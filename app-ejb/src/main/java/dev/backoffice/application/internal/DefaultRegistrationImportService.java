package dev.backoffice.application.internal;

import dev.backoffice.application.ImportPreview;
import dev.backoffice.application.RegistrationFileReader;
import dev.backoffice.application.RegistrationFileReader.FileContent;
import dev.backoffice.application.RegistrationFileReader.FileProblem;
import dev.backoffice.application.RegistrationFileReader.FileRow;
import dev.backoffice.application.RegistrationImportService;
import dev.backoffice.application.RegistrationSubmission;
import dev.backoffice.domain.model.event.Event;
import dev.backoffice.domain.model.event.EventRepository;
import dev.backoffice.domain.model.event.Tariff;
import dev.backoffice.domain.model.registration.RequestSource;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;

@Stateless
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
public class DefaultRegistrationImportService implements RegistrationImportService {

  static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

  @Inject RegistrationFileReader reader;

  @Inject EventRepository events;

  @Inject RegistrationIntake intake;

  @Inject TenantContext tenantContext;

  @Inject AuditTrail audit;

  private record Resolved(ImportPreview preview, List<RegistrationSubmission> submissions, List<Integer> lines) {}

  @Override
  public ImportPreview preview(UUID eventId, byte[] file, Locale locale) {
    tenantContext.requireTenantId();
    return resolve(eventId, file, locale).preview();
  }

  @Override
  public int importAll(UUID eventId, byte[] file, Locale locale) {
    tenantContext.requireTenantId();
    Resolved r = resolve(eventId, file, locale);
    if (!r.preview().importable()) {
      throw new InvalidInputException("import.notImportable", "file", r.preview().rowsWithProblems());
    }
    String fileHash = sha256(file);
    for (int i = 0; i < r.submissions().size(); i++) {
      intake.submit(r.submissions().get(i), RequestSource.CSV, "csv:" + eventId + ":" + fileHash + ":" + r.lines().get(i), false);
    }
    audit.record("import.csv", "event", eventId, r.submissions().size() + " requests, file SHA-256 " + fileHash);
    return r.submissions().size();
  }

  private Resolved resolve(UUID eventId, byte[] file, Locale locale) {
    if (eventId == null) {
      throw new InvalidInputException("required", "eventId");
    }
    Event event = events.find(eventId).orElseThrow(() -> new RecordNotFoundException("event", eventId));
    if (file == null || file.length == 0) {
      throw new InvalidInputException("required", "file");
    }
    if (file.length > MAX_FILE_BYTES) {
      throw new InvalidInputException("import.fileTooLarge", "file", MAX_FILE_BYTES / (1024 * 1024));
    }
    FileContent content = reader.read(file, locale);
    List<String> fileErrors = new ArrayList<>(content.fileErrors());
    if (!event.acceptsRegistrationsAt(Instant.now())) {
      fileErrors.add(text(locale, "import.registrationClosed", event.name()));
    }
    List<ImportPreview.Row> rows = new ArrayList<>();
    List<RegistrationSubmission> submissions = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (FileRow row : content.rows()) {
      List<FileProblem> problems = new ArrayList<>(row.problems());
      Optional<Tariff> tariff = tariff(event, row.tariffName());
      if (tariff.isEmpty()) {
        problems.add(
            new FileProblem(
                null,
                "tariffId",
                row.tariffName() == null
                    ? text(locale, "import.tariffRequired")
                    : text(locale, "import.unknownTariff", row.tariffName())));
      }
      var s = row.submission();
      rows.add(
          new ImportPreview.Row(
              row.line(),
              s.company() == null ? null : (s.company().shortName() != null ? s.company().shortName() : s.company().fullName()),
              s.company() == null ? null : s.company().inn(),
              tariff.map(Tariff::name).orElse(row.tariffName()),
              s.participants() == null ? 0 : s.participants().size(),
              List.copyOf(problems)));
      if (problems.isEmpty()) {
        submissions.add(
            new RegistrationSubmission(eventId, tariff.get().id(), s.participants(), s.company(), s.contact(), null));
        lines.add(row.line());
      }
    }
    return new Resolved(new ImportPreview(content.format(), List.copyOf(fileErrors), content.warnings(), List.copyOf(rows)), submissions, lines);
  }

  /** By name (case and spaces ignored); a file without tariffs may use an event's only tariff. */
  private static Optional<Tariff> tariff(Event event, String name) {
    List<Tariff> active = event.tariffs().stream().filter(Tariff::active).toList();
    if (name == null || name.isBlank()) {
      return active.size() == 1 ? Optional.of(active.get(0)) : Optional.empty();
    }
    String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return active.stream().filter(t -> t.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).equals(key)).findFirst();
  }

  private static String text(Locale locale, String key, Object... args) {
    ResourceBundle b =
        ResourceBundle.getBundle(
            "dev.backoffice.application.internal.ImportMessages",
            "ru".equals(locale.getLanguage()) ? locale : Locale.ENGLISH,
            DefaultRegistrationImportService.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new java.text.MessageFormat(b.getString(key), locale).format(args);
  }

  private static String sha256(byte[] file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
