package dev.backoffice.infrastructure.csv;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for CSV import problems, in Russian ({@code ru}) or English (any other locale; the JVM's default locale is
 * never used as a fallback). Requisites violations use {@link dev.backoffice.domain.requisites.Violation#message}.
 */
public final class CsvMessages {

  /** Base name of the bundles (English default, {@code _ru} Russian; UTF-8). */
  public static final String BUNDLE = "dev.backoffice.infrastructure.csv.CsvMessages";

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private CsvMessages() {}

  /** A file-level error or warning. Column-list codes get their field names translated into column labels. */
  public static String describe(CsvProblem problem, Locale locale) {
    List<Object> args = new ArrayList<>();
    if (problem.code().equals(CsvRegistrationReader.MISSING_COLUMNS)) {
      List<String> labels = new ArrayList<>();
      problem.args().forEach(f -> labels.add(columnLabel(String.valueOf(f), locale)));
      args.add(String.join(", ", labels));
    } else if (problem.code().equals(CsvRegistrationReader.UNKNOWN_COLUMNS)
        || problem.code().equals(CsvRegistrationReader.DUPLICATE_COLUMNS)) {
      List<String> names = new ArrayList<>();
      problem.args().forEach(n -> names.add("«" + n + "»"));
      args.add(String.join(", ", names));
    } else {
      args.addAll(problem.args());
    }
    return format(locale, problem.code(), args);
  }

  /**
   * An error of one row. {@code {0}} of its message is the subject: the column as written in the file (or our label
   * for the field), plus the participant's number for a participant field; the error's args follow.
   */
  public static String describe(CsvCellError error, Locale locale) {
    if (error.violation() != null) {
      return error.violation().message(locale);
    }
    List<Object> args = new ArrayList<>();
    args.add(subject(error, locale));
    args.addAll(error.args());
    return format(locale, error.code(), args);
  }

  /** {@code "Line 12: ..."} / {@code "Строка 12: ..."} for showing a row error in a flat list. */
  public static String describe(CsvRow row, CsvCellError error, Locale locale) {
    return format(locale, "line", List.of(String.valueOf(row.lineNumber()), describe(error, locale)));
  }

  /** The label of a field's column in the user's language ({@code inn} gives ИНН / INN); the field if unknown. */
  public static String columnLabel(String field, Locale locale) {
    String key = "column." + INDEX.matcher(field).replaceAll("");
    ResourceBundle bundle = bundle(locale);
    return bundle.containsKey(key) ? bundle.getString(key) : field;
  }

  private static String subject(CsvCellError error, Locale locale) {
    String field = error.field();
    String subject = error.column() != null ? error.column() : field == null ? "" : columnLabel(field, locale);
    Matcher indexed = field == null ? null : INDEX.matcher(field);
    if (indexed != null && indexed.find()) {
      subject =
          format(locale, "subject.participant", List.of(subject, String.valueOf(Integer.parseInt(indexed.group(1)) + 1)));
    }
    return subject;
  }

  private static String format(Locale locale, String key, List<Object> args) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      return key + (args.isEmpty() ? "" : " " + args);
    }
    return new MessageFormat(pattern, locale).format(args.toArray());
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale == null ? Locale.ROOT : locale,
        CsvMessages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
