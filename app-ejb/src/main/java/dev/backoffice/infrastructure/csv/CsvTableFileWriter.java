package dev.backoffice.infrastructure.csv;

import dev.backoffice.application.TableFileWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The CSV adapter of {@link TableFileWriter}: {@link CsvWriter} with ';' (what Russian Excel expects). */
@ApplicationScoped
public class CsvTableFileWriter implements TableFileWriter {

  @Override
  public byte[] csv(List<List<String>> rows) {
    return new CsvWriter().write(rows);
  }
}
