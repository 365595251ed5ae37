package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A buyer's requisites turn out wrong after the documents were issued: the operator corrects them on the request
 * (through the requisites gate, recorded in the history) and issues the исправление of the documents. Each keeps its
 * number with the next correction index and the original's date; the originals keep their PDFs and become CORRECTED;
 * no number of the sequences is used; auditors change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentCorrectionsIT {

  /** Сбербанк's КПП as the largest taxpayer (published alongside 773601001): the "corrected" value. */
  private static final String LARGEST_TAXPAYER_KPP = "997750001";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private static Browser.Json correctCompany(Browser b, String requestId, String kpp, String reason) throws Exception {
    JsonObject request = b.json("GET", "/api/v1/registration-requests/" + requestId, null, Map.of()).object();
    long version = request.getJsonObject("summary").getJsonNumber("version").longValue();
    JsonObject company = Requests.sberbank().add("kpp", kpp).build();
    String body =
        Json.createObjectBuilder()
            .add("company", company)
            .add("version", version)
            .add("reason", reason)
            .build()
            .toString();
    return b.json("PUT", "/api/v1/registration-requests/" + requestId + "/company", body, Map.of());
  }

  private static Browser.Json correctDocuments(Browser b, String requestId, String reason) throws Exception {
    return b.json(
        "POST", "/api/v1/registration-requests/" + requestId + "/documents/corrections",
        Json.createObjectBuilder().add("reason", reason).build().toString(), Map.of());
  }

  private static Browser.Json correctOne(Browser b, String documentId, String reason) throws Exception {
    return b.json(
        "POST", "/api/v1/documents/" + documentId + "/corrections",
        Json.createObjectBuilder().add("reason", reason).build().toString(), Map.of());
  }

  private static JsonObject document(Browser b, String id) throws Exception {
    Browser.Json d = b.json("GET", "/api/v1/documents/" + id, null, Map.of());
    assertEquals(200, d.status(), d.body());
    return d.object();
  }

  @Test
  void wrongRequisitesAreCorrectedOnTheRequestAndTheDocumentsGetTheirIspravlenie() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Browser oleg = Browser.loggedIn("oleg", "ru");
    Browser anna = Browser.loggedIn("anna", "en");
    String seller = DocumentsIT.demoSeller(alice);
    Map<String, String> ev = Documents.event(alice, seller, "Corrections " + UUID.randomUUID());
    String requestId = Documents.approvedRequest(oleg, ev);
    Browser.Json issued = oleg.json("POST", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of());
    assertEquals(201, issued.status(), issued.body());
    JsonObject contract = issued.array().getJsonObject(0);
    JsonObject invoice = issued.array().getJsonObject(1);
    byte[] originalInvoicePdf = Documents.pdf(oleg, invoice.getString("id"));

    // Bad corrections change nothing: a КПП that is not one, no change at all, no reason; auditors may not.
    Browser.Json bad = correctCompany(oleg, requestId, "12345", "typo");
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.isProblem());
    Browser.Json same = correctCompany(oleg, requestId, "773601001", "nothing");
    assertEquals(400, same.status(), same.body());
    assertEquals("request.correctionUnchanged", same.object().getString("code"));
    assertTrue(same.object().getString("detail").contains("реквизиты не отличаются"), same.body());
    Browser.Json noReason = correctCompany(oleg, requestId, LARGEST_TAXPAYER_KPP, " ");
    assertEquals(400, noReason.status(), noReason.body());
    assertEquals(403, correctCompany(anna, requestId, LARGEST_TAXPAYER_KPP, "auditor").status());
    JsonObject unchanged = oleg.json("GET", "/api/v1/registration-requests/" + requestId, null, Map.of()).object();
    assertEquals("773601001", unchanged.getJsonObject("company").getString("kpp"));

    // Nothing to correct yet is not an error of the documents: their исправление of unchanged details is allowed, but
    // the operator corrects the request first.
    Browser.Json corrected = correctCompany(oleg, requestId, LARGEST_TAXPAYER_KPP, "Клиент прислал КПП крупнейшего налогоплательщика");
    assertEquals(200, corrected.status(), corrected.body());
    assertEquals(LARGEST_TAXPAYER_KPP, corrected.object().getJsonObject("company").getString("kpp"));
    assertTrue(
        corrected.object().getJsonArray("history").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                h -> h.getString("kind").equals("REQUISITES_CORRECTED")
                    && h.getString("comment", "").contains("kpp: 773601001 → " + LARGEST_TAXPAYER_KPP)),
        corrected.body());
    // The issued documents still carry what they were issued with.
    assertEquals("773601001", document(oleg, invoice.getString("id")).getString("buyerKpp"));

    int contractsBefore = Documents.lastSequence(alice, seller, "CONTRACT");
    int invoicesBefore = Documents.lastSequence(alice, seller, "INVOICE");
    assertEquals(403, correctDocuments(anna, requestId, "auditor").status());
    Browser.Json fixes = correctDocuments(oleg, requestId, "КПП заказчика");
    assertEquals(201, fixes.status(), fixes.body());
    JsonArray fixed = fixes.array();
    assertEquals(2, fixed.size());
    for (JsonObject original : List.of(contract, invoice)) {
      JsonObject fix =
          fixed.stream()
              .map(JsonValue::asJsonObject)
              .filter(f -> f.getString("kind").equals(original.getString("kind")))
              .findFirst()
              .orElseThrow();
      assertEquals(original.getString("number"), fix.getString("number"), "an исправление keeps the number");
      assertEquals(original.getString("issuedOn"), fix.getString("issuedOn"), "and the date");
      assertEquals("FIX", fix.getString("correctionType"));
      assertEquals(1, fix.getInt("correctionIndex"));
      assertEquals(original.getString("id"), fix.getString("correctsId"));
      assertEquals(LARGEST_TAXPAYER_KPP, fix.getString("buyerKpp"));
      assertEquals(0, original.getJsonNumber("amount").bigDecimalValue().compareTo(fix.getJsonNumber("amount").bigDecimalValue()));
      String text = Documents.text(Documents.pdf(oleg, fix.getString("id"))).replaceAll("\\s+", " ");
      assertTrue(text.contains("Исправление № 1 от"), text);
      assertTrue(text.contains(LARGEST_TAXPAYER_KPP), text);
      assertFalse(text.contains("773601001"), "the wrong КПП is gone:\n" + text);
      assertEquals("CORRECTED", document(oleg, original.getString("id")).getString("status"));
    }
    byte[] keptPdf = Documents.pdf(oleg, invoice.getString("id"));
    assertEquals(Documents.sha256(originalInvoicePdf), Documents.sha256(keptPdf), "the original keeps its PDF");
    assertTrue(Documents.text(keptPdf).contains("773601001"));
    assertEquals(contractsBefore, Documents.lastSequence(alice, seller, "CONTRACT"), "no contract number used");
    assertEquals(invoicesBefore, Documents.lastSequence(alice, seller, "INVOICE"), "no invoice number used");

    // Only the latest of a chain is corrected; the next one gets index 2 and still the same number.
    Browser.Json again = correctOne(oleg, invoice.getString("id"), "again");
    assertEquals(409, again.status(), again.body());
    assertEquals("document.alreadyCorrected", again.object().getString("code"));
    String fixedInvoice =
        fixed.stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("kind").equals("INVOICE"))
            .findFirst()
            .orElseThrow()
            .getString("id");

    // Two operators correct the same document at the same moment: one исправление, one 409.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> both = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Browser b = Browser.loggedIn(i == 0 ? "oleg" : "alice", "en");
        both.add(() -> correctOne(b, fixedInvoice, "Адрес заказчика").status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(both)) {
        statuses.add(f.get());
      }
      statuses.sort(Integer::compareTo);
      assertEquals(List.of(201, 409), statuses);
    } finally {
      pool.shutdownNow();
    }
    Browser.Json chain =
        oleg.json("GET", "/api/v1/documents?requestId=" + requestId + "&kind=INVOICE", null, Map.of());
    JsonArray invoices = chain.object().getJsonArray("documents");
    assertEquals(3, invoices.size(), chain.body());
    List<Integer> indexes = new ArrayList<>();
    for (JsonValue v : invoices) {
      JsonObject d = v.asJsonObject();
      assertEquals(invoice.getString("number"), d.getString("number"));
      indexes.add(d.getInt("correctionIndex"));
      assertEquals(d.getInt("correctionIndex") == 2 ? "ISSUED" : "CORRECTED", d.getString("status"));
    }
    indexes.sort(Integer::compareTo);
    assertEquals(List.of(0, 1, 2), indexes);
  }

  @Test
  void aCancelledDocumentIsNotCorrected() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Map<String, String> ev = Documents.event(alice, DocumentsIT.demoSeller(alice), "Cancelled fix " + UUID.randomUUID());
    String requestId = Documents.approvedRequest(alice, ev);
    JsonObject invoice =
        alice.json("POST", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of())
            .array()
            .getJsonObject(1);
    Browser.Json cancelled =
        alice.json(
            "POST", "/api/v1/documents/" + invoice.getString("id") + "/cancellation",
            "{\"reason\":\"duplicate\",\"version\":" + invoice.getJsonNumber("version").longValue() + "}", Map.of());
    assertEquals(200, cancelled.status(), cancelled.body());
    Browser.Json fix = correctOne(alice, invoice.getString("id"), "late");
    assertEquals(409, fix.status(), fix.body());
    assertEquals("document.fixCancelled", fix.object().getString("code"));
    Browser.Json missing = correctOne(alice, UUID.randomUUID().toString(), "nothing");
    assertEquals(404, missing.status(), missing.body());
  }
}
