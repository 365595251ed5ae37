package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import jakarta.ejb.EJB;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After the event, one action issues the act and the УПД for every paid participant: in the background, with
 * progress, each document once — also when the action is started again.
 */
@ExtendWith(ArquillianExtension.class)
class ClosingDocumentsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear =
        Deployments.ear(
            new Class<?>[] {PaymentProbe.class}, ClosingDocumentsIT.class, Browser.class, Browser.Json.class,
            Documents.class, Requests.class, As.class, As.Work.class);
    return Deployments.withLibrariesOf(ear, org.apache.pdfbox.Loader.class, org.apache.pdfbox.io.RandomAccessRead.class,
        org.apache.fontbox.ttf.TrueTypeFont.class, org.apache.commons.logging.Log.class);
  }

  @EJB PaymentProbe payments;

  /** The money arrives (the bank statement import stands in a later issue; here a probe records it). */
  void pay(String requestId) throws Exception {
    As.run("oleg", () -> payments.markPaid(UUID.fromString(requestId)));
  }

  static JsonObject waitForRun(Browser b, String eventId) throws Exception {
    long until = System.nanoTime() + 240_000_000_000L;
    while (true) {
      JsonObject p = b.json("GET", "/api/v1/events/" + eventId + "/closing-documents", null, Map.of()).object();
      if (!p.getBoolean("running")) {
        return p;
      }
      assertTrue(System.nanoTime() < until, "the run did not finish: " + p);
      Thread.sleep(500);
    }
  }

  @Test
  void everyPaidParticipantGetsAnActAndAUpdOnce() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Browser oleg = Browser.loggedIn("oleg", "en");
    String seller = Documents.seller(alice, Documents.yandex());
    Map<String, String> ev =
        Documents.event(alice, seller, "Closing " + UUID.randomUUID(), LocalDate.now(ZoneId.of("Europe/Moscow")));
    String eventId = ev.get("eventId");
    int paid = 15;
    List<String> paidRequests = new ArrayList<>();
    for (int i = 0; i < paid; i++) {
      String id = Documents.approvedRequest(oleg, ev);
      assertEquals(201, oleg.json("POST", "/api/v1/registration-requests/" + id + "/documents", null, Map.of()).status());
      pay(id);
      paidRequests.add(id);
    }
    String unpaid = Documents.approvedRequest(oleg, ev);
    assertEquals(201, oleg.json("POST", "/api/v1/registration-requests/" + unpaid + "/documents", null, Map.of()).status());

    int before = Documents.lastSequence(oleg, seller, "ACT");
    Browser.Json started = oleg.json("POST", "/api/v1/events/" + eventId + "/closing-documents", null, Map.of());
    assertEquals(202, started.status(), started.body());
    assertEquals(paid, started.object().getInt("paid"));
    JsonObject done = waitForRun(oleg, eventId);
    assertEquals(paid, done.getInt("issued"), done.toString());
    assertEquals(0, done.getJsonArray("failures").size(), done.toString());

    Browser.Json again = oleg.json("POST", "/api/v1/events/" + eventId + "/closing-documents", null, Map.of());
    assertEquals(202, again.status());
    assertEquals(paid, waitForRun(oleg, eventId).getInt("issued"), "a second run issues nothing twice");

    Set<Integer> acts = new TreeSet<>();
    Set<Integer> upds = new TreeSet<>();
    for (String r : paidRequests) {
      JsonArray docs = oleg.json("GET", "/api/v1/registration-requests/" + r + "/documents", null, Map.of()).array();
      assertEquals(4, docs.size(), "contract, invoice, act, UPD");
      for (JsonValue v : docs) {
        JsonObject d = v.asJsonObject();
        if (d.getString("kind").equals("ACT")) {
          assertTrue(acts.add(Documents.sequence(d.getString("number"))));
        } else if (d.getString("kind").equals("UPD")) {
          assertTrue(upds.add(Documents.sequence(d.getString("number"))));
        }
      }
    }
    Set<Integer> expected = new TreeSet<>();
    for (int i = 1; i <= paid; i++) {
      expected.add(before + i);
    }
    assertEquals(expected, acts, "act numbers without a gap");
    assertEquals(paid, upds.size());
    assertEquals(2, oleg.json("GET", "/api/v1/registration-requests/" + unpaid + "/documents", null, Map.of()).array().size(),
        "an unpaid request gets no closing documents");

    JsonArray docs = oleg.json("GET", "/api/v1/registration-requests/" + paidRequests.get(0) + "/documents", null, Map.of()).array();
    for (JsonValue v : docs) {
      JsonObject d = v.asJsonObject();
      if (d.getString("kind").equals("ACT") || d.getString("kind").equals("UPD")) {
        String text = Documents.text(Documents.pdf(oleg, d.getString("id"))).replaceAll("\\s+", " ");
        for (String expectedText : List.of("7707083893", "7736207543", "61 000,00", "11 000,00", d.getString("number"))) {
          assertTrue(text.contains(expectedText), d.getString("kind") + " lacks " + expectedText + ":\n" + text);
        }
      }
    }

    Browser anna = Browser.loggedIn("anna", "en");
    assertEquals(403, anna.json("POST", "/api/v1/events/" + eventId + "/closing-documents", null, Map.of()).status());
    assertEquals(200, anna.json("GET", "/api/v1/events/" + eventId + "/closing-documents", null, Map.of()).status());
    Browser boris = Browser.loggedIn("boris", "en");
    assertEquals(404, boris.json("POST", "/api/v1/events/" + eventId + "/closing-documents", null, Map.of()).status());
  }

  private static Browser.Json adjust(Browser b, String updId, String body) throws Exception {
    return b.json("POST", "/api/v1/documents/" + updId + "/adjustments", body, Map.of());
  }

  @Test
  void aPriceChangeAfterTheEventIsAUkdWithItsOwnNumberAndTheUpdStays() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Browser oleg = Browser.loggedIn("oleg", "ru");
    String seller = Documents.seller(alice, Documents.yandex());
    Map<String, String> ev =
        Documents.event(alice, seller, "Adjusted " + UUID.randomUUID(), LocalDate.now(ZoneId.of("Europe/Moscow")));
    String requestId = Documents.approvedRequest(oleg, ev);
    assertEquals(201, oleg.json("POST", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of()).status());
    pay(requestId);
    assertEquals(202, oleg.json("POST", "/api/v1/events/" + ev.get("eventId") + "/closing-documents", null, Map.of()).status());
    assertEquals(1, waitForRun(oleg, ev.get("eventId")).getInt("issued"));
    String updId = null;
    String updNumber = null;
    String actId = null;
    for (JsonValue v : oleg.json("GET", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of()).array()) {
      JsonObject d = v.asJsonObject();
      if (d.getString("kind").equals("UPD")) {
        updId = d.getString("id");
        updNumber = d.getString("number");
      } else if (d.getString("kind").equals("ACT")) {
        actId = d.getString("id");
      }
    }
    JsonArray lines = oleg.json("GET", "/api/v1/documents/" + updId + "/lines", null, Map.of()).array();
    assertEquals(1, lines.size());
    assertEquals(0, new java.math.BigDecimal("61000").compareTo(lines.getJsonObject(0).getJsonNumber("price").bigDecimalValue()));

    // Refusals take no number and change nothing.
    int ukdBefore = Documents.lastSequence(alice, seller, "UKD");
    // the tariff's price includes VAT: 61 000 → 48 800 is 50 000 → 40 000 without VAT
    String discount = "{\"reason\":\"Соглашение № 7 о скидке\",\"lines\":[{\"no\":1,\"price\":48800}]}";
    for (String[] bad :
        new String[][] {
          {"{\"reason\":\"x\",\"lines\":[{\"no\":2,\"price\":40000}]}", "document.adjustLine"},
          {"{\"reason\":\"x\",\"lines\":[{\"no\":1,\"quantity\":-1}]}", "document.adjustLine"},
          {"{\"reason\":\"x\",\"lines\":[{\"no\":1,\"price\":61000}]}", "document.adjustUnchanged"},
          {"{\"reason\":\"x\",\"lines\":[]}", "document.adjustNothing"},
          {"{\"lines\":[{\"no\":1,\"price\":40000}]}", "required"},
        }) {
      Browser.Json refused = adjust(oleg, updId, bad[0]);
      assertEquals(400, refused.status(), bad[0] + " → " + refused.body());
      assertEquals(bad[1], refused.object().getString("code"), refused.body());
    }
    Browser.Json notUpd = adjust(oleg, actId, discount);
    assertEquals(409, notUpd.status(), notUpd.body());
    assertEquals("document.adjustNotUpd", notUpd.object().getString("code"));
    assertEquals(403, adjust(Browser.loggedIn("anna", "en"), updId, discount).status());
    assertEquals(404, adjust(Browser.loggedIn("boris", "en"), updId, discount).status());
    assertEquals(ukdBefore, Documents.lastSequence(alice, seller, "UKD"), "no УКД number taken by a refusal");

    Browser.Json first = adjust(oleg, updId, discount);
    assertEquals(201, first.status(), first.body());
    JsonObject ukd = first.object();
    assertEquals("UKD", ukd.getString("kind"));
    assertEquals(ukdBefore + 1, Documents.sequence(ukd.getString("number")), "its own number");
    assertEquals("ADJUSTMENT", ukd.getString("correctionType"));
    assertEquals(updId, ukd.getString("correctsId"));
    assertEquals(0, new java.math.BigDecimal("-12200.00").compareTo(ukd.getJsonNumber("amount").bigDecimalValue()), ukd.toString());
    String text = Documents.text(Documents.pdf(oleg, ukd.getString("id"))).replaceAll("\\s+", " ");
    for (String expected :
        List.of(
            "Корректировочный счёт-фактура № " + ukd.getString("number"), "к счёту-фактуре (УПД) № " + updNumber,
            "61 000,00", "48 800,00", "12 200,00", "10 000,00", "2 200,00", "Соглашение № 7 о скидке", "7707083893",
            "7736207543")) {
      assertTrue(text.contains(expected), "the УКД lacks " + expected + ":\n" + text);
    }
    assertEquals("ISSUED", oleg.json("GET", "/api/v1/documents/" + updId, null, Map.of()).object().getString("status"));
    JsonObject now = oleg.json("GET", "/api/v1/documents/" + updId + "/lines", null, Map.of()).array().getJsonObject(0);
    assertEquals(0, new java.math.BigDecimal("48800").compareTo(now.getJsonNumber("price").bigDecimalValue()));

    // The next корректировка starts from the previous one's "after": a second participant at the new price.
    Browser.Json second =
        adjust(oleg, updId, "{\"reason\":\"Доп. соглашение № 8\",\"lines\":[{\"no\":1,\"quantity\":2}]}");
    assertEquals(201, second.status(), second.body());
    assertEquals(ukdBefore + 2, Documents.sequence(second.object().getString("number")));
    assertEquals(0, new java.math.BigDecimal("48800.00").compareTo(second.object().getJsonNumber("amount").bigDecimalValue()));
    String secondText = Documents.text(Documents.pdf(oleg, second.object().getString("id"))).replaceAll("\\s+", " ");
    assertTrue(secondText.contains("97 600,00") && secondText.contains("48 800,00"), secondText);

    // The same on the УПД's screen: a missing reason is shown next to its field, then the УКД opens.
    String page = "/app/document.xhtml?id=" + updId;
    String html = oleg.get(page).body();
    assertTrue(html.contains("id=\"adjustForm\""), "the корректировка form is on the УПД's screen");
    Map<String, String> typed =
        Map.of(
            "adjustForm:adjustLines:0:quantity_hinput", "2",
            "adjustForm:adjustLines:0:price_hinput", "40000");
    java.net.http.HttpResponse<String> noReason = oleg.submit(page, html, "adjustForm", "adjustForm:adjust", typed);
    assertEquals(200, noReason.statusCode());
    assertTrue(
        noReason.body().matches("(?s).*id=\"adjustForm:adjustReasonMessage\"[^>]*>.*(обязательн|Обязательн).*"),
        "the reason's message next to the field");
    Map<String, String> withReason = new java.util.HashMap<>(typed);
    withReason.put("adjustForm:adjustReason", "Соглашение № 9");
    java.net.http.HttpResponse<String> issued =
        oleg.submit(page, oleg.get(page).body(), "adjustForm", "adjustForm:adjust", withReason);
    // The action redirects to the new document, and the client follows: the УКД's own screen.
    assertEquals(200, issued.statusCode());
    assertTrue(issued.uri().toString().contains("/app/document.xhtml?id="), issued.uri().toString());
    assertTrue(issued.body().contains("УКД (корректировочный) №"), "the УКД's screen");
    assertEquals(ukdBefore + 3, Documents.lastSequence(alice, seller, "UKD"), "the screen issued the third УКД");
  }

  @Test
  void aSellerOnTheSimplifiedTaxSystemIssuesItsUpdWithStatus2() throws Exception {
    Browser boris = Browser.loggedIn("boris", "en");
    Browser olga = Browser.loggedIn("olga", "ru");
    // ПАО «Аэрофлот» (ЕГРЮЛ), marked here as not paying VAT, with an account whose control key fits the БИК
    String seller =
        Documents.seller(
            boris,
            jakarta.json.Json.createObjectBuilder(Documents.yandex())
                .add("shortName", "ПАО «Аэрофлот»")
                .add("fullName", "Публичное акционерное общество «Аэрофлот — российские авиалинии»")
                .add("inn", "7712040126")
                .add("kpp", "997950001")
                .add("ogrn", "1027700092661")
                .add("legalAddress", "119019, г. Москва, ул. Арбат, д. 1")
                .add("vatPayer", false)
                .build());
    assertEquals(
        false, boris.json("GET", "/api/v1/legal-entities/" + seller, null, Map.of()).object().getBoolean("vatPayer"));
    Map<String, String> ev =
        Documents.event(
            boris, seller, "УСН " + UUID.randomUUID(), LocalDate.now(ZoneId.of("Europe/Moscow")),
            jakarta.json.Json.createObjectBuilder()
                .add("name", "Участие")
                .add("price", "50000.00")
                .add("vatMode", "WITHOUT_VAT")
                .add("vatExemptionReason", "применение УСН, п. 2 ст. 346.11 НК РФ")
                .build());
    String requestId = Documents.approvedRequest(olga, ev);
    assertEquals(201, olga.json("POST", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of()).status());
    As.run("olga", () -> payments.markPaid(UUID.fromString(requestId)));
    assertEquals(202, olga.json("POST", "/api/v1/events/" + ev.get("eventId") + "/closing-documents", null, Map.of()).status());
    assertEquals(1, waitForRun(olga, ev.get("eventId")).getInt("issued"));
    for (JsonValue v : olga.json("GET", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of()).array()) {
      JsonObject d = v.asJsonObject();
      if (d.getString("kind").equals("UPD")) {
        String text = Documents.text(Documents.pdf(olga, d.getString("id"))).replaceAll("\\s+", " ");
        assertTrue(text.contains("Статус: 2"), "a seller without VAT issues a primary document only:\n" + text);
        assertTrue(text.contains("применение УСН"), text);
      }
    }
    // a seller named by events and documents is not deleted (it can be deactivated): a clear 409, not a 500
    Browser.Json delete = boris.json("DELETE", "/api/v1/legal-entities/" + seller, null, Map.of());
    assertEquals(409, delete.status(), delete.body());
    assertEquals("legalEntity.inUse", delete.object().getString("code"));
    assertEquals(200, boris.json("GET", "/api/v1/legal-entities/" + seller, null, Map.of()).status());
  }
}
