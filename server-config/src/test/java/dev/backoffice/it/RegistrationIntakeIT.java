package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Intake through the REST API as a client system uses it: idempotency, concurrency, tenancy, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationIntakeIT {

  private static final String REQUESTS = "/api/v1/registration-requests";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void theSameIdempotencyKeyTwiceGivesOneRequest() throws Exception {
    Browser oleg = Browser.loggedIn("oleg", "en");
    Map<String, String> ev = Requests.newEvent(Browser.loggedIn("alice", "en"), "Idempotency " + UUID.randomUUID(), false);
    String body = Requests.submission(ev.get("eventId"), ev.get("tariffId"), Requests.sberbank()).toString();
    String key = UUID.randomUUID().toString();

    Browser.Json first = oleg.json("POST", REQUESTS, body, Map.of("Idempotency-Key", key));
    Browser.Json again = oleg.json("POST", REQUESTS, body, Map.of("Idempotency-Key", key));
    assertEquals(201, first.status(), first.body());
    assertEquals(200, again.status(), again.body());
    String id = first.object().getJsonObject("summary").getString("id");
    assertEquals(id, again.object().getJsonObject("summary").getString("id"));
    assertEquals(1, queueTotal(oleg, ev.get("eventId")));

    String other = Requests.submission(ev.get("eventId"), ev.get("tariffId"), Requests.sberbank().add("shortName", "Другое")).toString();
    Browser.Json reused = oleg.json("POST", REQUESTS, other, Map.of("Idempotency-Key", key));
    assertEquals(409, reused.status());
    assertTrue(reused.isProblem());
    assertEquals("request.idempotencyKeyReused", reused.object().getString("code"));
    assertEquals(1, queueTotal(oleg, ev.get("eventId")));
  }

  @Test
  void aHundredConcurrentSubmissionsSentTwiceAreStoredExactlyOnce() throws Exception {
    Browser oleg = Browser.loggedIn("oleg", "en");
    Map<String, String> ev = Requests.newEvent(Browser.loggedIn("alice", "en"), "Rush hour " + UUID.randomUUID(), false);
    String body = Requests.submission(ev.get("eventId"), ev.get("tariffId"), Requests.sberbank()).toString();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      keys.add("rush-" + UUID.randomUUID());
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Browser.Json>> answers = new ArrayList<>();
      for (String key : keys) {
        for (int copy = 0; copy < 2; copy++) {
          answers.add(pool.submit(() -> oleg.json("POST", REQUESTS, body, Map.of("Idempotency-Key", key))));
        }
      }
      Map<String, Set<String>> idsByKey = new java.util.HashMap<>();
      int created = 0;
      for (int i = 0; i < answers.size(); i++) {
        Browser.Json a = answers.get(i).get();
        assertTrue(a.status() == 201 || a.status() == 200, a.status() + " " + a.body());
        if (a.status() == 201) {
          created++;
        }
        idsByKey.computeIfAbsent(keys.get(i / 2), k -> new HashSet<>()).add(a.object().getJsonObject("summary").getString("id"));
      }
      assertEquals(100, created, "one 201 per key");
      idsByKey.forEach((k, ids) -> assertEquals(1, ids.size(), "both answers for " + k + " name the same request"));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(100, queueTotal(oleg, ev.get("eventId")));
  }

  @Test
  void anotherTenantsEventsAndRequestsAnswerNotFound() throws Exception {
    Map<String, String> alpha = Requests.newEvent(Browser.loggedIn("alice", "en"), "Alpha only " + UUID.randomUUID(), false);
    Browser oleg = Browser.loggedIn("oleg", "en");
    Browser.Json mine =
        oleg.json("POST", REQUESTS, Requests.submission(alpha.get("eventId"), alpha.get("tariffId"), Requests.sberbank()).toString(), Map.of());
    assertEquals(201, mine.status(), mine.body());
    String id = mine.object().getJsonObject("summary").getString("id");

    Browser olga = Browser.loggedIn("olga", "en");
    assertEquals(404, olga.json("GET", "/api/v1/events/" + alpha.get("eventId"), null, Map.of()).status());
    assertEquals(404, olga.json("GET", REQUESTS + "/" + id, null, Map.of()).status());
    Browser.Json intoAlpha =
        olga.json("POST", REQUESTS, Requests.submission(alpha.get("eventId"), alpha.get("tariffId"), Requests.sberbank()).toString(), Map.of());
    assertEquals(404, intoAlpha.status(), "another tenant's event is not found");
    assertTrue(intoAlpha.isProblem());
    assertEquals(404, olga.json("POST", REQUESTS + "/" + id + "/take", null, Map.of()).status());
    assertFalse(olga.json("GET", REQUESTS + "?max=200", null, Map.of()).body().contains(id));
    assertEquals(0, queueTotal(olga, alpha.get("eventId")));

    Browser anna = Browser.loggedIn("anna", "en");
    assertEquals(200, anna.json("GET", REQUESTS + "/" + id, null, Map.of()).status(), "the auditor reads");
    assertEquals(403, anna.json("POST", REQUESTS + "/" + id + "/take", null, Map.of()).status(), "and changes nothing");
    assertEquals(
        403,
        anna.json("POST", REQUESTS, Requests.submission(alpha.get("eventId"), alpha.get("tariffId"), Requests.sberbank()).toString(), Map.of()).status());
  }

  @Test
  void badInputGetsASpecificProblemAndStoresNothing() throws Exception {
    Browser oleg = Browser.loggedIn("oleg", "ru");
    Map<String, String> ev = Requests.newEvent(Browser.loggedIn("alice", "en"), "Bad input " + UUID.randomUUID(), false);
    String eventId = ev.get("eventId");
    String tariffId = ev.get("tariffId");

    Browser.Json badInn =
        oleg.json("POST", REQUESTS, Requests.submission(eventId, tariffId, Requests.sberbank().add("inn", "7707083894")).toString(), Map.of());
    assertEquals(400, badInn.status());
    assertEquals("inn", badInn.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertTrue(badInn.object().getString("detail").contains("ИНН"), badInn.body());

    Browser.Json wrongBank =
        oleg.json(
            "POST",
            REQUESTS,
            Requests.submission(eventId, tariffId, Requests.sberbank().add("bik", "044525187")).toString(),
            Map.of());
    assertEquals(400, wrongBank.status(), "Сбербанк's accounts with ВТБ's БИК");

    assertEquals(404, oleg.json("POST", REQUESTS, Requests.submission(UUID.randomUUID().toString(), tariffId, Requests.sberbank()).toString(), Map.of()).status());
    assertEquals(404, oleg.json("POST", REQUESTS, Requests.submission(eventId, UUID.randomUUID().toString(), Requests.sberbank()).toString(), Map.of()).status());

    JsonObject noPeople =
        jakarta.json.Json.createObjectBuilder(Requests.submission(eventId, tariffId, Requests.sberbank()))
            .add("participants", jakarta.json.Json.createArrayBuilder())
            .build();
    Browser.Json empty = oleg.json("POST", REQUESTS, noPeople.toString(), Map.of());
    assertEquals(400, empty.status());
    assertEquals("request.noParticipants", empty.object().getString("code"));

    JsonObject badMail =
        jakarta.json.Json.createObjectBuilder(Requests.submission(eventId, tariffId, Requests.sberbank()))
            .add("contact", jakarta.json.Json.createObjectBuilder().add("name", "X").add("email", "not-an-address"))
            .build();
    Browser.Json mail = oleg.json("POST", REQUESTS, badMail.toString(), Map.of());
    assertEquals(400, mail.status());
    assertEquals("contact.email", mail.object().getString("field"));

    assertEquals(400, oleg.json("POST", REQUESTS, "{\"eventId\": 12", Map.of()).status());
    assertEquals(400, oleg.json("POST", REQUESTS, "{\"eventId\": [1,2]}", Map.of()).status());
    assertEquals(400, oleg.json("POST", REQUESTS, "{\"eventId\":\"" + eventId + "\",\"participants\":\"many\"}", Map.of()).status());
    assertEquals(
        400,
        oleg.json("POST", REQUESTS, Requests.submission(eventId, tariffId, Requests.sberbank()).toString(), Map.of("Idempotency-Key", "k".repeat(201))).status(),
        "an idempotency key longer than 200 characters");
    assertEquals(0, queueTotal(oleg, eventId), "nothing was stored");
  }

  @Test
  void afterRegistrationClosesOnlyALateExceptionWithAReasonIsAccepted() throws Exception {
    Browser oleg = Browser.loggedIn("oleg", "en");
    Map<String, String> ev = Requests.newEvent(Browser.loggedIn("alice", "en"), "Closed " + UUID.randomUUID(), true);
    JsonObject late = Requests.submission(ev.get("eventId"), ev.get("tariffId"), Requests.sberbank());
    Browser.Json refused = oleg.json("POST", REQUESTS, late.toString(), Map.of());
    assertEquals(409, refused.status());
    assertEquals("request.registrationClosed", refused.object().getString("code"));

    JsonObject withReason =
        jakarta.json.Json.createObjectBuilder(late).add("lateReason", "Договорённость с организатором, письмо от 25.11").build();
    Browser.Json accepted = oleg.json("POST", REQUESTS, withReason.toString(), Map.of());
    assertEquals(201, accepted.status(), accepted.body());
    JsonObject r = accepted.object();
    assertTrue(r.getJsonObject("summary").getBoolean("lateException"));
    assertTrue(r.getJsonArray("history").toString().contains("LATE_EXCEPTION"));
  }

  @Test
  void anOperatorReviewsAndApprovesAndADifferentBankAccountNeedsAnExplicitChoice() throws Exception {
    Browser oleg = Browser.loggedIn("oleg", "en");
    Map<String, String> ev = Requests.newEvent(Browser.loggedIn("alice", "en"), "Review " + UUID.randomUUID(), false);
    // ПАО «Газпром»: no other test approves it; the directory keeps the first account (KEEP_DIRECTORY below)
    String inn = "7736050003";
    String first = submit(oleg, ev, gazprom(inn, "40702810238000139300"));
    JsonObject taken = oleg.json("POST", REQUESTS + "/" + first + "/take", null, Map.of()).object();
    assertEquals("IN_REVIEW", taken.getJsonObject("summary").getString("status"));
    assertEquals("oleg", taken.getJsonObject("summary").getString("assignee"));
    long version = taken.getJsonObject("summary").getJsonNumber("version").longValue();

    Browser.Json noReason = oleg.json("POST", REQUESTS + "/" + first + "/transitions", "{\"to\":\"NEEDS_INFORMATION\",\"version\":" + version + "}", Map.of());
    assertEquals(400, noReason.status());
    Browser.Json stale = oleg.json("POST", REQUESTS + "/" + first + "/transitions", "{\"to\":\"APPROVED\",\"version\":" + (version + 7) + "}", Map.of());
    assertEquals(409, stale.status());
    Browser.Json approved = oleg.json("POST", REQUESTS + "/" + first + "/transitions", "{\"to\":\"APPROVED\",\"version\":" + version + "}", Map.of());
    assertEquals(200, approved.status(), approved.body());
    assertEquals("APPROVED", approved.object().getJsonObject("summary").getString("status"));
    String counterparty = approved.object().getString("counterpartyId");

    // the same company again, now with another account at the same bank (key computed for БИК 044525225)
    String second = submit(oleg, ev, gazprom(inn, "40702810200000000001"));
    JsonObject r = oleg.json("POST", REQUESTS + "/" + second + "/take", null, Map.of()).object();
    assertTrue(r.getJsonObject("summary").getBoolean("directoryDiffers"), "flagged: the directory has another account");
    assertTrue(r.getJsonArray("directoryDifferences").toString().contains("settlementAccount"), r.toString());
    long v2 = r.getJsonObject("summary").getJsonNumber("version").longValue();
    Browser.Json noChoice = oleg.json("POST", REQUESTS + "/" + second + "/transitions", "{\"to\":\"APPROVED\",\"version\":" + v2 + "}", Map.of());
    assertEquals(400, noChoice.status(), noChoice.body());
    assertEquals("request.directoryChoiceRequired", noChoice.object().getString("code"));
    Browser.Json chosen =
        oleg.json(
            "POST",
            REQUESTS + "/" + second + "/transitions",
            "{\"to\":\"APPROVED\",\"version\":" + v2 + ",\"directoryChoice\":\"KEEP_DIRECTORY\"}",
            Map.of());
    assertEquals(200, chosen.status(), chosen.body());
    assertEquals(counterparty, chosen.object().getString("counterpartyId"));
    assertTrue(chosen.object().getJsonArray("history").toString().contains("DIRECTORY_CHOICE"));

    Browser.Json entry = oleg.json("GET", "/api/v1/counterparties/" + counterparty, null, Map.of());
    assertEquals(200, entry.status(), entry.body());
    assertEquals("40702810238000139300", entry.object().getJsonObject("details").getString("settlementAccount"), "the directory kept its account");
    assertEquals(404, Browser.loggedIn("olga", "en").json("GET", "/api/v1/counterparties/" + counterparty, null, Map.of()).status());
  }

  @Test
  void theQueueExportsAsCsvThatASpreadsheetCannotRunAsFormulas() throws Exception {
    Browser oleg = Browser.loggedIn("oleg", "ru");
    Map<String, String> ev = Requests.newEvent(Browser.loggedIn("alice", "en"), "Export " + UUID.randomUUID(), false);
    submit(oleg, ev, Requests.sberbank().add("shortName", "=HYPERLINK(\"http://evil.example\";\"Click\")"));
    java.net.http.HttpResponse<String> csv = oleg.get(REQUESTS + "/export?eventId=" + ev.get("eventId"));
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String body = csv.body();
    assertTrue(body.contains("ИНН"), "Russian headers");
    assertTrue(body.contains("'=HYPERLINK"), "the formula is neutralised: " + body);
    assertFalse(body.contains(";=HYPERLINK") || body.contains(";\"=HYPERLINK"), body);
    java.net.http.HttpResponse<String> foreign = Browser.loggedIn("olga", "en").get(REQUESTS + "/export?eventId=" + ev.get("eventId"));
    assertEquals(200, foreign.statusCode());
    assertFalse(foreign.body().contains("HYPERLINK"), "another tenant's export holds none of these rows");
  }

  private static jakarta.json.JsonObjectBuilder gazprom(String inn, String settlementAccount) {
    return Requests.sberbank()
        .add("fullName", "Публичное акционерное общество «Газпром»")
        .add("shortName", "ПАО «Газпром»")
        .add("inn", inn)
        .add("kpp", "781401001")
        .add("ogrn", "1027700070518")
        .add("settlementAccount", settlementAccount);
  }

  private static String submit(Browser b, Map<String, String> ev, jakarta.json.JsonObjectBuilder company) throws Exception {
    Browser.Json r = b.json("POST", REQUESTS, Requests.submission(ev.get("eventId"), ev.get("tariffId"), company).toString(), Map.of());
    assertEquals(201, r.status(), r.body());
    return r.object().getJsonObject("summary").getString("id");
  }

  private static long queueTotal(Browser b, String eventId) throws Exception {
    Browser.Json q = b.json("GET", REQUESTS + "?eventId=" + eventId, null, Map.of());
    assertEquals(200, q.status(), q.body());
    return q.object().getJsonNumber("total").longValue();
  }
}
