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

}
