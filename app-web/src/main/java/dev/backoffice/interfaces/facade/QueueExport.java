package dev.backoffice.interfaces.facade;

import dev.backoffice.application.QueuePage;
import dev.backoffice.application.RegistrationService;
import dev.backoffice.application.RegistrationSummary;
import dev.backoffice.application.TableFileWriter;
import dev.backoffice.domain.model.registration.QueueFilter;
import dev.backoffice.domain.model.registration.QueueOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The queue as a CSV file, with headers in the user's language; at most {@link #MAX_ROWS} requests. */
@ApplicationScoped
public class QueueExport {

  public static final int MAX_ROWS = 20_000;

  @Inject RegistrationService registrations;

  @Inject TableFileWriter writer;

  public byte[] csv(QueueFilter filter, Locale locale) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            t(locale, "queue.received"), t(locale, "queue.status"), t(locale, "queue.company"), t(locale, "legalEntities.inn"),
            t(locale, "legalEntities.kpp"), t(locale, "queue.event"), t(locale, "field.tariffId"), t(locale, "queue.participants"),
            t(locale, "queue.assignee"), "id"));
    int first = 0;
    while (first < MAX_ROWS) {
      QueuePage page = registrations.queue(filter, QueueOrder.RECEIVED_DESC, first, 200);
      for (RegistrationSummary r : page.items()) {
        rows.add(
            List.of(
                r.receivedAt().toString(),
                t(locale, "status." + r.status()),
                r.companyName(),
                r.inn(),
                r.kpp() == null ? "" : r.kpp(),
                r.eventName(),
                r.tariffName(),
                Integer.toString(r.participantsCount()),
                r.assignee() == null ? "" : r.assignee(),
                r.id().toString()));
      }
      if (page.items().size() < 200) {
        break;
      }
      first += 200;
    }
    return writer.csv(rows);
  }

  private static String t(Locale locale, String key) {
    return ErrorMessages.text(locale, key);
  }
}
