package dev.backoffice.interfaces.facade;

import dev.backoffice.application.DocumentService;
import dev.backoffice.domain.model.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A ZIP of issued PDFs, one entry per document named after its kind and number; each read goes through the service. */
@ApplicationScoped
public class DocumentArchive {

  static final int MAX = 1000;

  @Inject DocumentService documents;

  public byte[] zip(List<UUID> ids) {
    List<UUID> distinct = ids.stream().distinct().toList();
    if (distinct.size() > MAX) {
      throw new InvalidInputException("document.tooManySelected", "ids", MAX);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Set<String> names = new HashSet<>();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (UUID id : distinct) {
        DocumentService.DocumentFile f = documents.getPdf(id);
        String name = f.fileName();
        for (int n = 2; !names.add(name); n++) {
          name = f.fileName().replace(".pdf", "-" + n + ".pdf");
        }
        zip.putNextEntry(new ZipEntry(name));
        zip.write(f.content());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
