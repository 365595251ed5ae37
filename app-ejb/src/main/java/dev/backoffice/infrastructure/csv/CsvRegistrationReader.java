package dev.backoffice.infrastructure.csv;

import dev.backoffice.application.RegistrationSubmission;
import dev.backoffice.domain.model.counterparty.CompanyDetails;
import dev.backoffice.domain.model.counterparty.SignatoryBasis;
import dev.backoffice.domain.model.registration.ContactPerson;
import dev.backoffice.domain.model.registration.ParticipantDetails;
import dev.backoffice.domain.model.registration.RegistrationRequest;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.domain.model.shared.Text;
import dev.backoffice.domain.requisites.EntityType;
import dev.backoffice.domain.requisites.Normalizer;
import dev.backoffice.domain.requisites.RequisitesGate;
import dev.backoffice.domain.requisites.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads registration requests from a CSV file into a {@link CsvImportPreview}: one {@link CsvRow} per data row with
 * a {@link RegistrationSubmission} (event and tariff ids left null for the caller) and every error found in it.
 * Nothing is imported here; the caller imports only when {@link CsvImportPreview#importable()}.
 *
 * <p>The file: {@link CsvFormat} detects encoding and delimiter; the first non-blank line is the header, matched to
 * {@link CsvColumn}s; blank rows are skipped. Per row, errors come from the same rules the other channels use: the
 * requisites gate ({@link RequisitesGate#checkComplete}, errors only — warnings are not reported),
 * {@link CompanyDetails#cleaned()}, the contact and participant rules of a registration request, plus the
 * CSV-specific ones (dates, entity type, signatory basis, participant cells). {@code cleaned()} stops at the first
 * problem, so it is re-run with the offending field replaced by a harmless value until it passes: the operator sees
 * every problem of a row at once.
 *
 * <p>A participants cell lists one participant per line or separated by {@code ;} (inside the quoted cell), each as
 * {@code ФИО, e-mail, должность}; the e-mail and the position may be left out ({@code ФИО, , должность} or
 * {@code ФИО, должность}): the part with an {@code @} is the e-mail, the other parts after the name form the position
 * (which may itself contain commas); a second part of three or more that looks like an address without {@code @} is
 * taken as a mistyped e-mail.
 *
 * <p>Limits (constructor): file size, data rows, characters per value; exceeding one is a clear error, and memory
 * use stays proportional to the (limited) file size. Stateless and thread-safe.
 */
public final class CsvRegistrationReader {

  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  public static final int DEFAULT_MAX_ROWS = 5_000;
  public static final int DEFAULT_MAX_FIELD_LENGTH = CsvParser.DEFAULT_MAX_FIELD_LENGTH;

  public static final String FILE_TOO_LARGE = "csv.fileTooLarge";
  public static final String EMPTY = "csv.empty";
  public static final String NO_ROWS = "csv.noRows";
  public static final String TOO_MANY_ROWS = "csv.tooManyRows";
  public static final String MISSING_COLUMNS = "csv.missingColumns";
  public static final String UNKNOWN_COLUMNS = "csv.unknownColumns";
  public static final String DUPLICATE_COLUMNS = "csv.duplicateColumns";
  public static final String HEADER_UNTERMINATED_QUOTE = "csv.headerUnterminatedQuote";
  public static final String BAD_DATE = "csv.badDate";
  public static final String BAD_NUMBER = "csv.badNumber";
  public static final String UNKNOWN_ENTITY_TYPE = "csv.unknownEntityType";
  public static final String UNKNOWN_BASIS = "csv.unknownBasis";
  public static final String NO_PARTICIPANTS = "csv.noParticipants";
  public static final String BAD_PARTICIPANT = "csv.badParticipant";
  public static final String TOO_MANY_PARTICIPANTS = "csv.tooManyParticipants";
  public static final String PARTICIPANT_COUNT_MISMATCH = "csv.participantCountMismatch";
  public static final String EXCEL_NUMBER = "csv.excelNumber";

  /** The e-mail shape the domain accepts (CompanyDetails, RegistrationRequest). */
  /** A long number Excel rewrote in scientific notation, e.g. {@code 4,07028E+19}: its digits are lost. */
  private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]+([.,][0-9]+)?[eE]\\+?[0-9]+");
  /** One word with a dot and no spaces: where an e-mail should be, a mistyped e-mail rather than a position. */
  private static final Pattern ADDRESS_LIKE = Pattern.compile("[^\\s]+\\.[^\\s]+");
  private static final Pattern PARTICIPANT_SEPARATOR = Pattern.compile("[;\\r\\n]+");
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
  private static final List<CsvColumn> IDENTIFIERS =
      List.of(
          CsvColumn.INN,
          CsvColumn.KPP,
          CsvColumn.OGRN,
          CsvColumn.BIK,
          CsvColumn.CORRESPONDENT_ACCOUNT,
          CsvColumn.SETTLEMENT_ACCOUNT);
  private static final Set<String> ORGANISATION_WORDS =
      Set.of("юл", "юрлицо", "юридическоелицо", "организация", "organisation", "organization", "company");
  private static final Set<String> ENTREPRENEUR_WORDS =
      Set.of("ип", "индивидуальныйпредприниматель", "предприниматель", "entrepreneur", "individualentrepreneur");
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

  private final long maxBytes;
  private final int maxRows;
  private final int maxFieldLength;
  private final RequisitesGate gate = new RequisitesGate();

  public CsvRegistrationReader() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, DEFAULT_MAX_FIELD_LENGTH);
  }

  /**
   * @param maxBytes the largest file accepted, in bytes
   * @param maxRows the most data rows accepted (the header and blank rows not counted)
   * @param maxFieldLength the most characters in one value
   */
  public CsvRegistrationReader(long maxBytes, int maxRows, int maxFieldLength) {
    if (maxBytes < 1 || maxBytes > MAX_ARRAY - 1 || maxRows < 1 || maxFieldLength < 1) {
      throw new IllegalArgumentException("Limits must be positive (and the size below 2 GB)");
    }
    this.maxBytes = maxBytes;
    this.maxRows = maxRows;
    this.maxFieldLength = maxFieldLength;
  }

  /** Reads at most the size limit plus one byte from {@code in} (which is not closed), then {@link #read(byte[])}. */
  public CsvImportPreview read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) (maxBytes + 1));
    return bytes.length > maxBytes ? failed(null, '\0', tooLarge()) : read(bytes);
  }

  public CsvImportPreview read(byte[] bytes) {
    if (bytes.length > maxBytes) {
      return failed(null, '\0', tooLarge());
    }
    CsvFormat.Decoded decoded;
    try {
      decoded = CsvFormat.decode(bytes);
    } catch (CsvFileException e) {
      return failed(null, '\0', e.problem());
    }
    String text = decoded.text();
    char delimiter = CsvFormat.detectDelimiter(text, CsvFormat::knownColumns);
    CsvParser parser = new CsvParser(text, delimiter, maxFieldLength);
    CsvRecord headerRecord = parser.next();
    if (headerRecord == null) {
      return failed(decoded.charset(), delimiter, CsvProblem.of(EMPTY));
    }
    if (headerRecord.hasIssue(CsvParser.UNTERMINATED_QUOTE)) {
      return failed(decoded.charset(), delimiter, CsvProblem.of(HEADER_UNTERMINATED_QUOTE));
    }
    Header header = new Header(headerRecord.fields());
    List<CsvProblem> warnings = new ArrayList<>();
    if (!header.unknown.isEmpty()) {
      warnings.add(new CsvProblem(UNKNOWN_COLUMNS, List.copyOf(header.unknown)));
    }
    if (!header.duplicates.isEmpty()) {
      warnings.add(new CsvProblem(DUPLICATE_COLUMNS, List.copyOf(header.duplicates)));
    }
    List<Object> missing = new ArrayList<>();
    for (CsvColumn column : CsvColumn.values()) {
      if (column.required() && !header.indices.containsKey(column)) {
        missing.add(column.field());
      }
    }
    if (!missing.isEmpty()) {
      return new CsvImportPreview(
          decoded.charset(), delimiter, List.of(new CsvProblem(MISSING_COLUMNS, missing)), warnings, List.of());
    }
    List<CsvRow> rows = new ArrayList<>();
    for (CsvRecord record = parser.next(); record != null; record = parser.next()) {
      if (rows.size() == maxRows) {
        return new CsvImportPreview(
            decoded.charset(), delimiter, List.of(CsvProblem.of(TOO_MANY_ROWS, maxRows)), warnings, List.of());
      }
      rows.add(new RowReader(header, record).read());
    }
    List<CsvProblem> fileErrors = rows.isEmpty() ? List.of(CsvProblem.of(NO_ROWS)) : List.of();
    return new CsvImportPreview(decoded.charset(), delimiter, fileErrors, warnings, rows);
  }

  private static CsvImportPreview failed(java.nio.charset.Charset charset, char delimiter, CsvProblem problem) {
    return new CsvImportPreview(charset, delimiter, List.of(problem), List.of(), List.of());
  }

  private CsvProblem tooLarge() {
    BigDecimal mb =
        BigDecimal.valueOf(maxBytes).divide(BigDecimal.valueOf(1024 * 1024), 3, RoundingMode.HALF_UP).stripTrailingZeros();
    return CsvProblem.of(FILE_TOO_LARGE, mb.toPlainString());
  }

  /** The header: names as in the file and where each known column is. */
  private static final class Header {
    final List<String> names = new ArrayList<>();
    final Map<CsvColumn, List<Integer>> indices = new EnumMap<>(CsvColumn.class);
    final Set<String> unknown = new LinkedHashSet<>();
    final Set<String> duplicates = new LinkedHashSet<>();

    Header(List<String> fields) {
      for (int i = 0; i < fields.size(); i++) {
        String name = fields.get(i).replace("\uFEFF", "").replace('\u00A0', ' ').strip();
        names.add(name);
        if (name.isEmpty()) {
          continue;
        }
        int index = i;
        CsvColumn.forHeader(name)
            .ifPresentOrElse(
                column -> {
                  List<Integer> at = indices.computeIfAbsent(column, c -> new ArrayList<>());
                  if (!at.isEmpty()) {
                    duplicates.add(name);
                  }
                  at.add(index);
                },
                () -> unknown.add(name));
      }
    }

    String name(int index) {
      return index >= 0 && index < names.size() ? names.get(index) : null;
    }

    String field(int index) {
      return CsvColumn.forHeader(name(index)).map(CsvColumn::field).orElse(null);
    }
  }

  /** Reads one record against the header. */
  private final class RowReader {
    private final Header header;
    private final CsvRecord record;
    private final List<CsvCellError> errors = new ArrayList<>();

    RowReader(Header header, CsvRecord record) {
      this.header = header;
      this.record = record;
    }

    CsvRow read() {
      if (record.hasIssue(CsvParser.UNTERMINATED_QUOTE)) {
        return new CsvRow(
            record.lineNumber(), null, null, List.of(CsvCellError.of(null, null, CsvParser.UNTERMINATED_QUOTE)));
      }
      structure();
      CompanyDetails company = company();
      ContactPerson contact = contact();
      List<ParticipantDetails> participants = participants();
      return new CsvRow(
          record.lineNumber(),
          value(CsvColumn.TARIFF),
          new RegistrationSubmission(null, null, participants, company, contact, null),
          errors);
    }

    private void structure() {
      for (CsvRecord.Issue issue : record.issues()) {
        if (issue.code().equals(CsvParser.FIELD_TOO_LONG)) {
          errors.add(
              CsvCellError.of(
                  header.name(issue.fieldIndex()), header.field(issue.fieldIndex()), issue.code(), maxFieldLength));
        }
      }
      boolean extra = record.hasIssue(CsvParser.TOO_MANY_FIELDS);
      for (int i = header.names.size(); i < record.fields().size() && !extra; i++) {
        extra = !record.fields().get(i).isBlank();
      }
      if (extra) {
        errors.add(CsvCellError.of(null, null, CsvParser.TOO_MANY_FIELDS, header.names.size()));
      }
    }

    private CompanyDetails company() {
      for (CsvColumn column : IDENTIFIERS) {
        String v = value(column);
        if (v != null && SCIENTIFIC.matcher(v).matches()) {
          error(column.field(), EXCEL_NUMBER, v);
        }
      }
      String inn = value(CsvColumn.INN);
      String typeText = value(CsvColumn.ENTITY_TYPE);
      EntityType type;
      if (typeText == null) {
        String digits = Normalizer.normalize(inn);
        type = digits != null && digits.length() == 12 ? EntityType.ENTREPRENEUR : EntityType.ORGANISATION;
      } else {
        type = entityType(typeText);
        if (type == null) {
          error("entityType", UNKNOWN_ENTITY_TYPE, typeText);
        }
      }
      String basisText = value(CsvColumn.SIGNATORY_BASIS);
      SignatoryBasis basis = basisText == null ? null : basis(basisText);
      if (basisText != null && basis == null) {
        error("signatoryBasis", UNKNOWN_BASIS, basisText);
      }
      String dateText = value(CsvColumn.POWER_OF_ATTORNEY_DATE);
      LocalDate date = dateText == null ? null : date(dateText);
      if (dateText != null && date == null) {
        error("powerOfAttorneyDate", BAD_DATE, dateText);
      }
      CompanyDetails raw =
          new CompanyDetails(
              type,
              value(CsvColumn.FULL_NAME),
              value(CsvColumn.SHORT_NAME),
              inn,
              value(CsvColumn.KPP),
              value(CsvColumn.OGRN),
              value(CsvColumn.LEGAL_ADDRESS),
              value(CsvColumn.POSTAL_ADDRESS),
              value(CsvColumn.BANK_NAME),
              value(CsvColumn.BIK),
              value(CsvColumn.CORRESPONDENT_ACCOUNT),
              value(CsvColumn.SETTLEMENT_ACCOUNT),
              value(CsvColumn.SIGNATORY_NAME),
              value(CsvColumn.SIGNATORY_POSITION),
              basis,
              value(CsvColumn.POWER_OF_ATTORNEY_NUMBER),
              date,
              value(CsvColumn.COMPANY_EMAIL),
              value(CsvColumn.COMPANY_PHONE));

      Set<String> alreadyWrong = new LinkedHashSet<>();
      errors.forEach(e -> alreadyWrong.add(e.field()));
      for (Violation v : gate.checkComplete(raw.requisites()).violations()) {
        String field = v.field().jsonName();
        if (v.isError() && !alreadyWrong.contains(field)) {
          errors.add(new CsvCellError(column(field), field, v.code(), v.args(), v));
        }
      }
      return cleaned(raw, dateText != null && date == null);
    }

    /**
     * {@link CompanyDetails#cleaned()}, re-run with each offending field replaced by a harmless value so that all its
     * complaints are collected; returns the cleaned value when there were none, else the raw one.
     */
    private CompanyDetails cleaned(CompanyDetails raw, boolean badDate) {
      CompanyDetails attempt = raw;
      for (int round = 0; round <= CompanyDetails.class.getRecordComponents().length; round++) {
        try {
          CompanyDetails cleaned = attempt.cleaned();
          return attempt == raw ? cleaned : raw;
        } catch (InvalidInputException e) {
          boolean poa = "powerOfAttorney.required".equals(e.code());
          boolean known = hasError(e.field()) || (poa && badDate && Text.clean(raw.powerOfAttorneyNumber()) != null);
          if (!known) {
            errors.add(new CsvCellError(column(e.field()), e.field(), e.code(), e.args(), null));
          }
          CompanyDetails patched = poa ? withValidPowerOfAttorney(attempt) : withHarmless(attempt, e.field());
          if (patched == null) {
            return raw;
          }
          attempt = patched;
        }
      }
      return raw;
    }

    private ContactPerson contact() {
      String name = value(CsvColumn.CONTACT_NAME);
      String email = value(CsvColumn.CONTACT_EMAIL);
      String phone = value(CsvColumn.CONTACT_PHONE);
      check(() -> Text.required("contact.name", name, 200));
      check(
          () -> {
            if (!Text.isEmail(Text.required("contact.email", email, 254))) {
              throw new InvalidInputException("email", "contact.email");
            }
          });
      check(() -> Text.optional("contact.phone", phone, 50));
      return new ContactPerson(name, email, phone);
    }

    private List<ParticipantDetails> participants() {
      String cell = value(CsvColumn.PARTICIPANTS);
      List<ParticipantDetails> people = new ArrayList<>();
      if (cell != null) {
        for (String entry : PARTICIPANT_SEPARATOR.split(cell)) {
          if (!entry.isBlank()) {
            participant(entry.strip(), people);
          }
        }
      }
      if (people.isEmpty() && !hasError("participants")) {
        error("participants", NO_PARTICIPANTS);
      }
      if (people.size() > RegistrationRequest.MAX_PARTICIPANTS) {
        error("participants", TOO_MANY_PARTICIPANTS, RegistrationRequest.MAX_PARTICIPANTS);
      }
      String count = value(CsvColumn.PARTICIPANT_COUNT);
      if (count != null) {
        try {
          int declared = Integer.parseInt(count);
          if (declared != people.size()) {
            error("participantCount", PARTICIPANT_COUNT_MISMATCH, String.valueOf(declared), String.valueOf(people.size()));
          }
        } catch (NumberFormatException e) {
          error("participantCount", BAD_NUMBER, count);
        }
      }
      return List.copyOf(people);
    }

    private void participant(String entry, List<ParticipantDetails> people) {
      String field = "participants[" + people.size() + "]";
      String[] parts = entry.split(",", -1);
      for (int i = 0; i < parts.length; i++) {
        parts[i] = parts[i].strip();
      }
      String name = parts[0];
      String email = null;
      List<String> position = new ArrayList<>();
      int at = -1;
      for (int i = 1; i < parts.length && at < 0; i++) {
        if (parts[i].contains("@")) {
          at = i;
        }
      }
      if (at < 0 && parts.length >= 3 && ADDRESS_LIKE.matcher(parts[1]).matches()) {
        at = 1; // "ФИО, ivanov.example.ru, должность": a mistyped e-mail, checked (and refused) as one
      }
      for (int i = 1; i < parts.length; i++) {
        if (i == at) {
          email = parts[i].isEmpty() ? null : parts[i];
        } else if (!parts[i].isEmpty()) {
          position.add(parts[i]);
        }
      }
      String job = position.isEmpty() ? null : String.join(", ", position);
      if (name.isEmpty()) {
        error(field, BAD_PARTICIPANT, entry);
      } else {
        check(() -> Text.required(field + ".fullName", name, 300));
      }
      String mail = email;
      check(
          () -> {
            String m = Text.optional(field + ".email", mail, 254);
            if (m != null && !Text.isEmail(m)) {
              throw new InvalidInputException("email", field + ".email");
            }
          });
      check(() -> Text.optional(field + ".position", job, 200));
      people.add(new ParticipantDetails(name.isEmpty() ? null : name, email, job));
    }

    /** The trimmed value of a column (the first non-blank one if the column appears twice), or null. */
    private String value(CsvColumn column) {
      for (int index : header.indices.getOrDefault(column, List.of())) {
        if (index < record.fields().size()) {
          String v = clean(record.fields().get(index));
          if (v != null) {
            return v;
          }
        }
      }
      return null;
    }

    /** The header, as in the file, of the column of a field; null if the file has no such column. */
    private String column(String field) {
      return CsvColumn.forField(field)
          .map(c -> header.indices.get(c))
          .filter(at -> !at.isEmpty())
          .map(at -> header.names.get(at.get(0)))
          .orElse(null);
    }

    private void error(String field, String code, Object... args) {
      errors.add(CsvCellError.of(column(field), field, code, args));
    }

    private boolean hasError(String field) {
      return errors.stream().anyMatch(e -> field != null && field.equals(e.field()));
    }

    private void check(Runnable rule) {
      try {
        rule.run();
      } catch (InvalidInputException e) {
        errors.add(new CsvCellError(column(e.field()), e.field(), e.code(), e.args(), null));
      }
    }
  }

  private static String clean(String raw) {
    String v = raw.replace('\u00A0', ' ').strip();
    return v.isEmpty() ? null : v;
  }

  static EntityType entityType(String text) {
    String key = CsvColumn.key(text);
    if (ORGANISATION_WORDS.contains(key)) {
      return EntityType.ORGANISATION;
    }
    if (ENTREPRENEUR_WORDS.contains(key)) {
      return EntityType.ENTREPRENEUR;
    }
    return null;
  }

  static SignatoryBasis basis(String text) {
    String key = CsvColumn.key(text);
    if (key.contains("доверенност") || key.contains("attorney") || key.equals("poa")) {
      return SignatoryBasis.POWER_OF_ATTORNEY;
    }
    if (key.contains("устав") || key.equals("charter")) {
      return SignatoryBasis.CHARTER;
    }
    if (key.contains("огрнип")
        || key.contains("свидетельств")
        || key.contains("егрип")
        || key.contains("entrepreneur")) {
      return SignatoryBasis.ENTREPRENEUR_REGISTRATION;
    }
    return null;
  }

  /** {@code dd.MM.yyyy} (also {@code d.M.yyyy}) or {@code yyyy-MM-dd}; null if neither or not a real date. */
  static LocalDate date(String text) {
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(text.strip(), format);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }

  private static CompanyDetails withValidPowerOfAttorney(CompanyDetails d) {
    CompanyDetails withNumber = Text.clean(d.powerOfAttorneyNumber()) == null ? with(d, "powerOfAttorneyNumber", "1") : d;
    return withNumber.powerOfAttorneyDate() == null
        ? with(withNumber, "powerOfAttorneyDate", LocalDate.of(2000, 1, 1))
        : withNumber;
  }

  /** A copy with {@code field} set to a value {@code cleaned()} accepts, or null if the field is not known. */
  private static CompanyDetails withHarmless(CompanyDetails d, String field) {
    if ("entityType".equals(field)) {
      return with(d, field, EntityType.ORGANISATION);
    }
    return with(d, field, "email".equals(field) ? "harmless@example.org" : "x");
  }

  /** A copy of a record with one component replaced (by name), or null if there is no such String/typed component. */
  private static CompanyDetails with(CompanyDetails d, String field, Object value) {
    try {
      RecordComponent[] components = CompanyDetails.class.getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      boolean found = false;
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        boolean target = components[i].getName().equals(field) && types[i].isInstance(value);
        values[i] = target ? value : components[i].getAccessor().invoke(d);
        found |= target;
      }
      return found ? CompanyDetails.class.getDeclaredConstructor(types).newInstance(values) : null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CompanyDetails is a record with a canonical constructor", e);
    }
  }
}
