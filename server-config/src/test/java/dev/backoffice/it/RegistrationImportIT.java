package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.application.EventService;
import dev.backoffice.application.EventView;
import dev.backoffice.application.ImportPreview;
import dev.backoffice.application.RegistrationImportService;
import dev.backoffice.application.RegistrationService;
import dev.backoffice.domain.model.event.EventDetails;
import dev.backoffice.domain.model.event.TariffDetails;
import dev.backoffice.domain.model.event.VatMode;
import dev.backoffice.domain.model.registration.QueueFilter;
import dev.backoffice.domain.model.registration.QueueOrder;
import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.application.LegalEntityService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CSV import: a file of 200 requests with 3 bad rows shows those rows' errors and imports nothing until fixed. */
@ExtendWith(ArquillianExtension.class)
class RegistrationImportIT {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final String HEADER =
      "Полное наименование;Краткое наименование;ИНН;КПП;ОГРН;БИК;Корр. счёт;Расчётный счёт;Контактное лицо;E-mail;Участники;Тариф\r\n";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear(RegistrationImportIT.class, As.class, As.Work.class);
  }

  @EJB RegistrationImportService imports;

  @EJB RegistrationService registrations;

  @EJB EventService events;

  @EJB LegalEntityService legalEntities;

  /** Real published requisites; the settlement account at Сбербанк is one published by a client of the bank. */
  private static String row(int i, String inn, String kpp, String email) {
    String[][] companies = {
      {"Публичное акционерное общество «Сбербанк России»", "ПАО Сбербанк", "1027700132195"},
      {"Публичное акционерное общество «Газпром»", "ПАО «Газпром»", "1027700070518"},
      {"Общество с ограниченной ответственностью «Яндекс»", "ООО «Яндекс»", "1027700229193"}
    };
    String[] c = companies[i % 3];
    return String.join(
            ";",
            c[0],
            c[1] + " #" + i,
            inn,
            kpp,
            c[2],
            "044525225",
            "30101810400000000225",
            "40702810238000139300",
            "Контакт " + i,
            email,
            "\"Участник " + i + ", p" + i + "@example.ru, менеджер\"",
            "Участие")
        + "\r\n";
  }

  private static final String[][] IDS = {{"7707083893", "773601001"}, {"7736050003", "781401001"}, {"7736207543", "770401001"}};

  private static byte[] file(boolean withMistakes, Charset charset) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 200; i++) {
      String inn = IDS[i % 3][0];
      String kpp = IDS[i % 3][1];
      String email = "contact" + i + "@example.ru";
      if (withMistakes && i == 17) {
        inn = "7707083894"; // a wrong check digit
      }
      if (withMistakes && i == 101) {
        kpp = "7736О1001"; // Cyrillic О
      }
      if (withMistakes && i == 150) {
        email = ""; // missing contact e-mail
      }
      csv.append(row(i, inn, kpp, email));
    }
    return csv.toString().getBytes(charset);
  }

  private UUID newEvent() {
    UUID seller = legalEntities.list().get(0).id();
    LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Europe/Moscow"));
    EventView e =
        events.create(
            new EventDetails(
                "CSV " + UUID.randomUUID(),
                LocalDate.now().plusDays(30),
                LocalDate.now().plusDays(31),
                "Москва",
                "Europe/Moscow",
                now.minusDays(1),
                now.plusDays(10),
                1000,
                seller,
                List.of(new TariffDetails("Участие", new BigDecimal("61000.00"), VatMode.VAT_22_INCLUDED, null))));
    return e.id();
  }

  @Test
  void threeBadRowsAreShownAndNothingIsImportedUntilTheFileIsFixed() throws Exception {
    UUID event = As.user("alice", this::newEvent);
    As.run(
        "oleg",
        () -> {
          byte[] bad = file(true, Charset.forName("windows-1251"));
          ImportPreview preview = imports.preview(event, bad, RU);
          assertEquals(200, preview.rows().size());
          assertFalse(preview.importable());
          List<Integer> badLines = preview.rows().stream().filter(r -> !r.problems().isEmpty()).map(ImportPreview.Row::line).toList();
          assertEquals(List.of(19, 103, 152), badLines, "header is line 1, row i is line i + 2");
          assertTrue(preview.rows().get(17).problems().get(0).message().contains("ИНН"), preview.rows().get(17).problems().toString());
          assertEquals("kpp", preview.rows().get(101).problems().get(0).field());
          assertEquals("contact.email", preview.rows().get(150).problems().get(0).field());

          InvalidInputException refused = assertThrows(InvalidInputException.class, () -> imports.importAll(event, bad, RU));
          assertEquals("import.notImportable", refused.code());
          assertEquals(0, count(event), "nothing imported");

          byte[] fixed = file(false, StandardCharsets.UTF_8);
          assertTrue(imports.preview(event, fixed, RU).importable());
          assertEquals(200, imports.importAll(event, fixed, RU));
          assertEquals(200, count(event));
          assertEquals(200, imports.importAll(event, fixed, RU), "the same file again");
          assertEquals(200, count(event), "gives the same requests, not 200 more");
        });
    UUID another = As.user("alice", this::newEvent);
    As.run(
        "oleg",
        () -> {
          assertEquals(200, imports.importAll(another, file(false, StandardCharsets.UTF_8), RU), "the same file into another event");
          assertEquals(200, count(another));
        });
  }

  @Test
  void aBrokenFileIsAFileLevelError() throws Exception {
    UUID event = As.user("alice", this::newEvent);
    As.run(
        "oleg",
        () -> {
          byte[] binary = new byte[4096];
          new java.util.Random(7).nextBytes(binary);
          ImportPreview p = imports.preview(event, binary, Locale.ENGLISH);
          assertFalse(p.importable());
          assertFalse(p.fileErrors().isEmpty());
          byte[] noColumns = "a;b;c\r\n1;2;3\r\n".getBytes(StandardCharsets.UTF_8);
          assertFalse(imports.preview(event, noColumns, Locale.ENGLISH).fileErrors().isEmpty());
        });
  }

  @Test
  void theAuditorCannotImport() throws Exception {
    UUID event = As.user("alice", this::newEvent);
    As.run(
        "anna",
        () -> {
          assertThrows(EJBAccessException.class, () -> imports.preview(event, file(false, StandardCharsets.UTF_8), RU));
          assertThrows(EJBAccessException.class, () -> imports.importAll(event, file(false, StandardCharsets.UTF_8), RU));
        });
  }

  private long count(UUID event) {
    return registrations.queue(new QueueFilter(null, event, null), QueueOrder.DEADLINE, 0, 1).total();
  }
}
