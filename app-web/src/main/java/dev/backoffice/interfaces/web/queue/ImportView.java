package dev.backoffice.interfaces.web.queue;

import dev.backoffice.application.EventService;
import dev.backoffice.application.EventView;
import dev.backoffice.application.ImportPreview;
import dev.backoffice.application.RegistrationImportService;
import dev.backoffice.interfaces.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.file.UploadedFile;

/** CSV import: choose the event, upload, see every row's problems, import all rows or none. */
@Named
@ViewScoped
public class ImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int MAX_BYTES = 5 * 1024 * 1024;

  private static final Map<String, String> FIELDS = Map.of("eventId", "importForm:event", "file", "importForm:file");

  @Inject transient RegistrationImportService imports;

  @Inject transient EventService events;

  private UUID eventId;
  private transient UploadedFile file;
  private byte[] content;
  private String fileName;
  private ImportPreview preview;
  private List<EventView> eventList;

  public List<EventView> getEvents() {
    if (eventList == null) {
      eventList = events.list().stream().filter(EventView::registrationOpenNow).toList();
    }
    return eventList;
  }

  public void check() {
    try {
      if (file != null && file.getSize() > 0) {
        if (file.getSize() > MAX_BYTES) {
          FacesMessages.error("error.import.fileTooLarge", "", MAX_BYTES / (1024 * 1024));
          return;
        }
        try (InputStream in = file.getInputStream()) {
          content = in.readNBytes(MAX_BYTES + 1);
        }
        fileName = file.getFileName();
      }
      preview = imports.preview(eventId, content, FacesMessages.locale());
    } catch (IOException e) {
      FacesMessages.error("error.import.unreadable");
    } catch (RuntimeException e) {
      preview = null;
      FacesMessages.refusal(e, FIELDS);
    }
  }

  public void importAll() {
    try {
      int n = imports.importAll(eventId, content, FacesMessages.locale());
      FacesMessages.info("import.done", n);
      preview = null;
      content = null;
      fileName = null;
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, FIELDS);
      check();
    }
  }

  public UUID getEventId() {
    return eventId;
  }

  public void setEventId(UUID eventId) {
    this.eventId = eventId;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getFileName() {
    return fileName;
  }

  public ImportPreview getPreview() {
    return preview;
  }
}
