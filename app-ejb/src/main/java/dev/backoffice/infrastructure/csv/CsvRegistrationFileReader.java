package dev.backoffice.infrastructure.csv;

import dev.backoffice.application.RegistrationFileReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** The CSV adapter of the import port: format detection, parsing and row checks by {@link CsvRegistrationReader}. */
@ApplicationScoped
public class CsvRegistrationFileReader implements RegistrationFileReader {

  @Override
  public FileContent read(byte[] file, Locale locale) {
    CsvImportPreview p = new CsvRegistrationReader().read(file);
    String format =
        p.charset() == null
            ? ""
            : p.charset().name() + ", " + (p.delimiter() == '\t' ? "TAB" : String.valueOf(p.delimiter()));
    List<FileRow> rows =
        p.rows().stream()
            .map(
                r ->
                    new FileRow(
                        r.lineNumber(),
                        r.tariffName(),
                        r.submission(),
                        r.errors().stream()
                            .map(e -> new FileProblem(e.column(), e.field(), CsvMessages.describe(r, e, locale)))
                            .toList()))
            .toList();
    return new FileContent(
        format,
        p.fileErrors().stream().map(e -> CsvMessages.describe(e, locale)).toList(),
        p.warnings().stream().map(w -> CsvMessages.describe(w, locale)).toList(),
        rows);
  }
}
