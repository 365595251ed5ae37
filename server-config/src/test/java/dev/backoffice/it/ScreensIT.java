package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The screens as their users work them: messages next to the field, actions only for those allowed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreensIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aTenantAdminAddsALegalEntityAndAWrongDigitIsShownNextToTheField() throws Exception {
    Browser alice = Browser.loggedIn("alice", "ru");
    alice.deleteLegalEntitiesByInn("7736050003");
    String page = alice.get("/app/legal-entities.xhtml").body();
    assertTrue(page.contains("ООО «Альфа Конференции»"), "the demo legal entity is listed");

    HttpResponse<String> wrong =
        alice.submit(
            "/app/legal-entities.xhtml",
            page,
            "leForm",
            "leForm:add",
            Map.of(
                "leForm:shortName", "ПАО «Газпром»",
                "leForm:fullName", "Публичное акционерное общество «Газпром»",
                "leForm:inn", "7736050008",
                "leForm:kpp", "781401001",
                "leForm:ogrn", "1027700070518"));
    String innMessage = Browser.textOf(wrong.body(), "leForm:innMessage");
    assertNotNull(innMessage, "a message next to the ИНН field");
    assertTrue(innMessage.contains("ИНН"), innMessage);
    assertFalse(alice.get("/app/legal-entities.xhtml").body().contains("7736050008"), "nothing was saved");

    String again = alice.get("/app/legal-entities.xhtml").body();
    HttpResponse<String> right =
        alice.submit(
            "/app/legal-entities.xhtml",
            again,
            "leForm",
            "leForm:add",
            Map.of(
                "leForm:shortName", "ПАО «Газпром»",
                "leForm:fullName", "Публичное акционерное общество «Газпром»",
                "leForm:inn", "7736 050 003",
                "leForm:kpp", "781401001",
                "leForm:ogrn", "1027700070518",
                "leForm:legalAddress", "197229, г. Санкт-Петербург, Лахтинский пр-кт, д. 2, к. 3, стр. 1"));
    assertTrue(right.body().contains("Сохранено."), "confirmation");
    assertTrue(right.body().contains("7736050003"), "stored normalised, listed");
    alice.deleteLegalEntitiesByInn("7736050003");
  }

  @Test
  void theAuditorSeesTheListButNoActionThatChangesData() throws Exception {
    String page = Browser.loggedIn("anna", "en").get("/app/legal-entities.xhtml").body();
    assertTrue(page.contains("ООО «Альфа Конференции»"));
    assertFalse(page.contains("leForm:add"), "no add button");
    assertFalse(page.contains("Deactivate"), "no deactivate button");
    assertNull(Browser.textOf(page, "leForm:addPanel"));
  }

  @Test
  void thePlatformAdminCreatesATenantAndABadKeyIsShownNextToTheField() throws Exception {
    Browser root = Browser.loggedIn("root", "en");
    String page = root.get("/app/tenants.xhtml").body();
    assertTrue(page.contains("Альфа Конференции") && page.contains("Бета Ивент"));

    HttpResponse<String> bad =
        root.submit(
            "/app/tenants.xhtml",
            page,
            "tenantForm",
            "tenantForm:create",
            Map.of("tenantForm:slug", "Bad Key", "tenantForm:displayName", "Gamma", "tenantForm:legalName", "Gamma LLC"));
    String slugMessage = Browser.textOf(bad.body(), "tenantForm:slugMessage");
    assertNotNull(slugMessage);
    assertTrue(slugMessage.contains("Key (slug)"), slugMessage);

    String slug = "gamma-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> good =
        root.submit(
            "/app/tenants.xhtml",
            root.get("/app/tenants.xhtml").body(),
            "tenantForm",
            "tenantForm:create",
            Map.of("tenantForm:slug", slug, "tenantForm:displayName", "Гамма " + slug, "tenantForm:legalName", "ООО «Гамма»"));
    assertTrue(good.body().contains(slug), "the new tenant is listed");
  }

  @Test
  void tenantUsersCannotOpenThePlatformScreens() throws Exception {
    HttpResponse<String> r = Browser.loggedIn("alice", "en").get("/app/tenants.xhtml");
    assertEquals(403, r.statusCode());
    assertTrue(r.body().contains("Access denied"), "the product's own page, in the user's language");
    assertFalse(r.body().contains("Бета Ивент"), "no other tenant's name");
  }

  @Test
  void theAuditorSeesTheQueueAndARequestWithoutAnyAction() throws Exception {
    Map<String, String> ev = Requests.newEvent(Browser.loggedIn("alice", "en"), "Audit view " + UUID.randomUUID(), false);
    Browser.Json created =
        Browser.loggedIn("oleg", "en")
            .json("POST", "/api/v1/registration-requests", Requests.submission(ev.get("eventId"), ev.get("tariffId"), Requests.sberbank()).toString(), Map.of());
    assertEquals(201, created.status(), created.body());
    String id = created.object().getJsonObject("summary").getString("id");

    Browser anna = Browser.loggedIn("anna", "en");
    String queue = anna.get("/app/queue.xhtml").body();
    assertTrue(queue.contains("Registration requests"));
    assertFalse(queue.contains("queueForm:approveSelected"), "no bulk approval");
    assertFalse(queue.contains(">Take<"), "no take");
    String detail = anna.get("/app/request.xhtml?id=" + id).body();
    assertTrue(detail.contains("id=\"req-inn\""), "the requisites with their verdict");
    assertFalse(detail.contains("actions:approve") || detail.contains("actions:take"), "no actions");

    HttpResponse<String> foreign = Browser.loggedIn("boris", "en").get("/app/request.xhtml?id=" + id);
    assertEquals(404, foreign.statusCode(), "another tenant's request is not found");
    assertEquals(404, anna.get("/app/request.xhtml?id=not-an-id").statusCode());
  }

  @Test
  void theServiceLevelScreenIsEditableForTheTenantAdminOnly() throws Exception {
    String admin = Browser.loggedIn("boris", "en").get("/app/settings.xhtml").body();
    assertTrue(admin.contains("settingsForm:save"), "the tenant admin can save");
    String auditor = Browser.loggedIn("artem", "en").get("/app/settings.xhtml").body();
    assertTrue(auditor.contains("Service level"));
    assertFalse(auditor.contains("settingsForm:save"), "the auditor cannot");
  }

  @Test
  void afterTheCloseOnlyTheTenantsStaffCanEnterALateExceptionOnTheEventPage() throws Exception {
    Map<String, String> ev = Requests.newEvent(Browser.loggedIn("alice", "en"), "Closed page " + UUID.randomUUID(), true);
    String path = "/register.xhtml?t=alpha&e=" + ev.get("eventId");

    String visitor = new Browser("en").get(path).body();
    assertTrue(visitor.contains("Registration for this event is closed."), visitor.length() > 3000 ? visitor.substring(visitor.length() - 3000) : visitor);
    assertFalse(visitor.contains("form:submit"), "no form for visitors");
    assertFalse(Browser.loggedIn("olga", "en").get(path).body().contains("form:submit"), "nor for another tenant's operator");

    Browser oleg = Browser.loggedIn("oleg", "en");
    String page = oleg.get(path).body();
    assertTrue(page.contains("form:lateReason"), "the operator gets the form with a reason field");
    java.util.regex.Matcher name =
        java.util.regex.Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*class=\"[^\"]*bo-p-name").matcher(page);
    assertTrue(name.find(), "participant name input");
    Map<String, String> typed = new java.util.HashMap<>();
    typed.put("form:entityType", "organisation");
    typed.put("form:fullName", "Публичное акционерное общество «Сбербанк России»");
    typed.put("form:inn", "7707083893");
    typed.put("form:kpp", "773601001");
    typed.put("form:ogrn", "1027700132195");
    typed.put("form:tariff_input", ev.get("tariffId"));
    typed.put(name.group(1), "Иванов Иван Иванович");
    typed.put("form:contactName", "Петрова Анна");
    typed.put("form:contactEmail", "petrova@example.ru");

    HttpResponse<String> noReason = oleg.submit(path, page, "form", "form:submit", typed);
    assertTrue(noReason.body().contains("late exception"), "a reason is required: " + Browser.textOf(noReason.body(), "form:messages"));

    typed.put("form:lateReason", "Письмо организатора от 25.11: принять заявку после закрытия");
    HttpResponse<String> accepted = oleg.submit(path, oleg.get(path).body(), "form", "form:submit", typed);
    assertTrue(accepted.body().contains("id=\"thanks\""), Browser.textOf(accepted.body(), "form:messages"));
    Browser.Json queue = oleg.json("GET", "/api/v1/registration-requests?eventId=" + ev.get("eventId"), null, Map.of());
    assertEquals(1, queue.object().getJsonNumber("total").intValue());
    assertTrue(queue.object().getJsonArray("items").getJsonObject(0).getBoolean("lateException"));
  }

  @Test
  void anOperatorUploadsACsvSeesTheBadRowsAndImportsTheFixedFile() throws Exception {
    Map<String, String> ev = Requests.newEvent(Browser.loggedIn("alice", "en"), "CSV screen " + UUID.randomUUID(), false);
    String header = "Полное наименование;ИНН;КПП;ОГРН;Контактное лицо;E-mail;Участники\r\n";
    String good = "Публичное акционерное общество «Сбербанк России»;7707083893;773601001;1027700132195;Петрова Анна;petrova@example.ru;Иванов Иван\r\n";
    String bad = "Публичное акционерное общество «Сбербанк России»;7707083894;773601001;1027700132195;Петрова Анна;petrova@example.ru;Иванов Иван\r\n";
    Browser oleg = Browser.loggedIn("oleg", "ru");

    String page = oleg.get("/app/import.xhtml").body();
    HttpResponse<String> checked =
        oleg.submitMultipart(
            "/app/import.xhtml", page, "importForm", "importForm:check", Map.of("importForm:event_input", ev.get("eventId")),
            "importForm:file", "requests.csv", (header + good + bad + good).getBytes(java.nio.charset.Charset.forName("windows-1251")));
    String preview = checked.body();
    assertTrue(preview.contains("row-problem"), "the bad row's problem is shown: " + Browser.textOf(preview, "importForm:messages"));
    assertTrue(preview.contains("ИНН"), "named in Russian");
    assertFalse(preview.contains("importForm:importAll"), "no import while a row is wrong");

    String fixedPage = oleg.get("/app/import.xhtml").body();
    HttpResponse<String> fixed =
        oleg.submitMultipart(
            "/app/import.xhtml", fixedPage, "importForm", "importForm:check", Map.of("importForm:event_input", ev.get("eventId")),
            "importForm:file", "requests.csv", (header + good + good).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(fixed.body().contains("importForm:importAll"), "importable now");
    HttpResponse<String> imported =
        oleg.submit("/app/import.xhtml", fixed.body(), "importForm", "importForm:importAll", Map.of("importForm:event_input", ev.get("eventId")));
    assertTrue(imported.body().contains("Загружено заявок: 2"), Browser.textOf(imported.body(), "importForm:messages"));
    assertEquals(
        2,
        oleg.json("GET", "/api/v1/registration-requests?eventId=" + ev.get("eventId"), null, Map.of()).object().getJsonNumber("total").intValue());
  }
}
