package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

/**
 * Issuing documents as operators do it through the API: the deal pack of an approved request (PDFs read back as
 * text), gapless numbering under concurrent and failing issues, refusals that consume no number, auditors and other
 * tenants.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  static String demoSeller(Browser admin) throws Exception {
    for (JsonValue v : admin.json("GET", "/api/v1/legal-entities", null, Map.of()).array()) {
      if (v.asJsonObject().getString("inn").equals("7701000019")) {
        return v.asJsonObject().getString("id");
      }
    }
    throw new IllegalStateException("the demo seller of alpha is missing");
  }

  static String issue(Browser b, String requestId) throws Exception {
    return b.json("POST", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of()).body();
  }

  @Test
  void anApprovedRequestGetsAContractAndAnInvoiceThatSayTheSame() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Browser oleg = Browser.loggedIn("oleg", "en");
    Map<String, String> ev = Documents.event(alice, demoSeller(alice), "Deal pack " + UUID.randomUUID());
    String requestId = Documents.approvedRequest(oleg, ev);

    Browser.Json issued = oleg.json("POST", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of());
    assertEquals(201, issued.status(), issued.body());
    JsonArray docs = issued.array();
    assertEquals(2, docs.size());
    JsonObject contract = docs.getJsonObject(0);
    JsonObject invoice = docs.getJsonObject(1);
    assertEquals("CONTRACT", contract.getString("kind"));
    assertEquals("INVOICE", invoice.getString("kind"));
    assertEquals(contract.getString("id"), invoice.getString("contractId"));
    for (JsonObject d : List.of(contract, invoice)) {
      assertEquals("ru-standard@1.1.0", d.getString("pack"));
      assertEquals("61000.00", d.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString());
      assertEquals("11000.00", d.getJsonNumber("vatAmount").bigDecimalValue().setScale(2).toPlainString());
      assertEquals("7707083893", d.getString("buyerInn"));
      byte[] pdf = Documents.pdf(oleg, d.getString("id"));
      assertEquals(d.getString("pdfSha256"), Documents.sha256(pdf), "the PDF is the one issued");
      String text = Documents.text(pdf).replaceAll("\\s+", " ");
      for (String expected :
          List.of(
              "7707083893", "773601001", "7701000019", "770101001", "Шестьдесят одна тысяча рублей 00 копеек",
              "61 000,00", "11 000,00", d.getString("number"))) {
        assertTrue(text.contains(expected), d.getString("kind") + " lacks " + expected + ":\n" + text);
      }
    }
    String invoiceText = Documents.text(Documents.pdf(oleg, invoice.getString("id"))).replaceAll("\\s+", " ");
    assertTrue(invoiceText.contains("40702810538000123456"), "seller account on the invoice");
    assertTrue(invoiceText.contains("044525225"), "seller bank on the invoice");
    assertTrue(
        invoiceText.contains("Оплата по счёту № " + invoice.getString("number")),
        "a copy-ready payment purpose:\n" + invoiceText);
    assertTrue(invoiceText.contains("Договор № " + contract.getString("number")), "the invoice names the contract");
    java.util.regex.Matcher due = java.util.regex.Pattern.compile("не позднее (\\d\\d\\.\\d\\d\\.\\d{4})").matcher(invoiceText);
    assertTrue(due.find(), "the invoice's payment deadline:\n" + invoiceText);
    String contractText = Documents.text(Documents.pdf(oleg, contract.getString("id"))).replaceAll("\\s+", " ");
    assertTrue(
        contractText.contains("не позднее " + due.group(1)), "the contract gives the same deadline:\n" + contractText);
    assertTrue(
        contractText.contains(
            "в лице Президента, Председателя Правления Грефа Германа Оскаровича, действующего на основании Устава"),
        "the buyer's signatory in the genitive:\n" + contractText);

    Browser.Json request = oleg.json("GET", "/api/v1/registration-requests/" + requestId, null, Map.of());
    assertEquals("DOCUMENTS_ISSUED", request.object().getJsonObject("summary").getString("status"));

    Browser.Json again = oleg.json("POST", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of());
    assertEquals(409, again.status(), again.body());
    assertTrue(again.isProblem());
    assertEquals("document.alreadyIssued", again.object().getString("code"));

    Browser.Json listed = oleg.json("GET", "/api/v1/documents?requestId=" + requestId, null, Map.of());
    assertEquals(2, listed.object().getInt("total"));
    Browser.Json invoices = oleg.json("GET", "/api/v1/documents?requestId=" + requestId + "&kind=INVOICE", null, Map.of());
    assertEquals(1, invoices.object().getInt("total"));
    HttpResponse<byte[]> data = oleg.bytes("GET", "/api/v1/documents/" + invoice.getString("id") + "/data", null, null);
    assertEquals(200, data.statusCode());
    assertTrue(new String(data.body(), java.nio.charset.StandardCharsets.UTF_8).contains("urn:backoffice:document:1"));
  }

  @Test
  void concurrentAndFailingIssuesLeaveNoGapAndNoDuplicate() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    String seller = Documents.seller(alice, Documents.yandex());
    Map<String, String> ev = Documents.event(alice, seller, "Numbering " + UUID.randomUUID());
    Browser oleg = Browser.loggedIn("oleg", "en");
    int n = 12;
    int failing = 4;
    List<String> good = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      good.add(Documents.approvedRequest(oleg, ev));
    }
    for (int i = 0; i < failing; i++) {
      bad.add(Documents.approvedRequest(oleg, ev, Requests.sberbank().add("shortName", "ПАО Сбербанк СБОЙ")));
    }
    int before = Documents.lastSequence(oleg, seller, "CONTRACT");
    // A contract template that fails for buyers named "СБОЙ": those issues take their numbers first, then fail in
    // rendering and roll back. Every request is also issued twice at the same moment (a double click).
    String failingPack = uploadFailingContractPack(alice);
    choose(alice, "CONTRACT", failingPack);
    List<Browser> operators = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      operators.add(Browser.loggedIn(i % 2 == 0 ? "oleg" : "alice", "en"));
    }
    List<String> calls = new ArrayList<>();
    good.forEach(r -> { calls.add(r); calls.add(r); });
    bad.forEach(r -> { calls.add(r); calls.add(r); });
    Collections.shuffle(calls, new java.util.Random(7));
    ExecutorService pool = Executors.newFixedThreadPool(operators.size());
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    try {
      List<Future<Browser.Json>> results = new ArrayList<>();
      for (int i = 0; i < calls.size(); i++) {
        Browser b = operators.get(i % operators.size());
        String id = calls.get(i);
        results.add(pool.submit(() -> b.json("POST", "/api/v1/registration-requests/" + id + "/documents", null, Map.of())));
      }
      for (Future<Browser.Json> f : results) {
        Browser.Json r = f.get();
        statuses.merge(r.status(), 1, Integer::sum);
        assertTrue(r.status() == 201 || r.status() == 409 || r.status() == 400, r.body());
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
      choose(alice, "CONTRACT", "builtin:ru-standard@1.1.0");
    }
    assertEquals(Map.of(201, n, 409, n, 400, 2 * failing), statuses);
    Set<Integer> contracts = new TreeSet<>();
    Set<Integer> invoices = new TreeSet<>();
    for (String r : good) {
      JsonArray docs = oleg.json("GET", "/api/v1/registration-requests/" + r + "/documents", null, Map.of()).array();
      assertEquals(2, docs.size(), "exactly one deal pack per request");
      for (JsonValue v : docs) {
        JsonObject d = v.asJsonObject();
        int seq = Documents.sequence(d.getString("number"));
        assertTrue((d.getString("kind").equals("CONTRACT") ? contracts : invoices).add(seq), "duplicate " + seq);
      }
    }
    for (String r : bad) {
      assertEquals(0, oleg.json("GET", "/api/v1/registration-requests/" + r + "/documents", null, Map.of()).array().size());
      assertEquals("APPROVED", oleg.json("GET", "/api/v1/registration-requests/" + r, null, Map.of())
          .object().getJsonObject("summary").getString("status"), "a failed issue changes nothing");
    }
    Set<Integer> expected = new TreeSet<>();
    for (int i = before + 1; i <= before + n; i++) {
      expected.add(i);
    }
    assertEquals(expected, contracts, "contract numbers without a gap");
    assertEquals(expected, invoices, "invoice numbers without a gap");
  }

  static String uploadFailingContractPack(Browser admin) throws Exception {
    Map<String, byte[]> files = TemplatePacksIT.standardPack();
    files.put(
        "pack.xml",
        TemplatePacksIT.replace(
                files.get("pack.xml"), "id=\"ru-standard\" version=\"1.1.0\"",
                "id=\"alpha-failing\" version=\"1." + (System.currentTimeMillis() % 10000) + "\"")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    files.put(
        "xsl/contract.xsl",
        TemplatePacksIT.replace(
                files.get("xsl/contract.xsl"), "<xsl:template match=\"/d:document\">",
                "<xsl:template match=\"/d:document\"><xsl:if test=\"contains(d:buyer/d:shortName, 'СБОЙ')\">"
                    + "<xsl:message terminate=\"yes\">сбой</xsl:message></xsl:if>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpResponse<byte[]> r = admin.bytes("POST", "/api/v1/template-packs", TemplatePacksIT.zip(files), "application/zip");
    String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(201, r.statusCode(), body);
    return Browser.jsonString(body, "ref");
  }

  static void choose(Browser admin, String kind, String ref) throws Exception {
    Browser.Json c =
        admin.json(
            "PUT", "/api/v1/template-packs/choices",
            "{\"kind\":\"" + kind + "\",\"locale\":\"ru\",\"pack\":\"" + ref + "\"}", Map.of());
    assertEquals(200, c.status(), c.body());
  }

  @Test
  void refusedIssuesTakeNoNumber() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Browser oleg = Browser.loggedIn("oleg", "en");
    String seller = Documents.seller(alice, Documents.yandex());
    Map<String, String> ev = Documents.event(alice, seller, "Refusals " + UUID.randomUUID());
    String first = Documents.approvedRequest(oleg, ev);
    assertEquals(201, oleg.json("POST", "/api/v1/registration-requests/" + first + "/documents", null, Map.of()).status());
    int after = Documents.lastSequence(oleg, seller, "CONTRACT");

    String body = Requests.submission(ev.get("eventId"), ev.get("tariffId"), Requests.sberbank()).toString();
    String fresh =
        oleg.json("POST", "/api/v1/registration-requests", body, Map.of("Idempotency-Key", UUID.randomUUID().toString()))
            .object().getJsonObject("summary").getString("id");
    Browser.Json notApproved = oleg.json("POST", "/api/v1/registration-requests/" + fresh + "/documents", null, Map.of());
    assertEquals(409, notApproved.status());
    assertEquals("document.notApproved", notApproved.object().getString("code"));
    Browser.Json missing =
        oleg.json("POST", "/api/v1/registration-requests/" + UUID.randomUUID() + "/documents", null, Map.of());
    assertEquals(404, missing.status());

    String next = Documents.approvedRequest(oleg, ev);
    JsonArray docs = oleg.json("POST", "/api/v1/registration-requests/" + next + "/documents", null, Map.of()).array();
    assertEquals(after + 1, Documents.sequence(docs.getJsonObject(0).getString("number")), "no number was used up");
  }

  @Test
  void auditorsReadEverythingAndIssueNothingOtherTenantsSeeNothing() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Browser oleg = Browser.loggedIn("oleg", "en");
    Map<String, String> ev = Documents.event(alice, demoSeller(alice), "Auditor " + UUID.randomUUID());
    String requestId = Documents.approvedRequest(oleg, ev);
    Browser anna = Browser.loggedIn("anna", "en");
    Browser.Json refused = anna.json("POST", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of());
    assertEquals(403, refused.status(), refused.body());

    JsonArray docs = oleg.json("POST", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of()).array();
    String docId = docs.getJsonObject(0).getString("id");
    assertEquals(200, anna.bytes("GET", "/api/v1/documents/" + docId + "/pdf", null, null).statusCode());
    assertEquals(200, anna.json("GET", "/api/v1/documents/" + docId, null, Map.of()).status());
    java.net.http.HttpResponse<byte[]> zip =
        anna.bytes("GET", "/api/v1/documents/archive?requestId=" + requestId, null, null);
    assertEquals(200, zip.statusCode(), "auditors download ZIPs too");
    int entries = 0;
    try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
      while (z.getNextEntry() != null) {
        entries++;
      }
    }
    assertEquals(2, entries, "the contract and the invoice");
    Browser.Json cancel =
        anna.json("POST", "/api/v1/documents/" + docId + "/cancellation", "{\"reason\":\"x\",\"version\":0}", Map.of());
    assertEquals(403, cancel.status());

    Browser boris = Browser.loggedIn("boris", "en");
    assertEquals(404, boris.json("GET", "/api/v1/documents/" + docId, null, Map.of()).status());
    assertEquals(404, boris.bytes("GET", "/api/v1/documents/" + docId + "/pdf", null, null).statusCode());
    assertEquals(404, boris.bytes("GET", "/app/files/document/" + docId, null, null).statusCode());
    assertFalse(
        boris.json("GET", "/api/v1/documents?max=500", null, Map.of()).body().contains(docId),
        "another tenant's list never shows it");

    Browser.Json cancelled =
        oleg.json("POST", "/api/v1/documents/" + docId + "/cancellation", "{\"reason\":\"Ошибка в реквизитах\",\"version\":0}", Map.of());
    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals("CANCELLED", cancelled.object().getString("status"));
    assertEquals(docs.getJsonObject(0).getString("number"), cancelled.object().getString("number"), "keeps its number");
    assertEquals(200, oleg.bytes("GET", "/api/v1/documents/" + docId + "/pdf", null, null).statusCode(), "and its PDF");
  }

  @Test
  void aBulkRunIssuesTheSelectedDealPacksInTheBackgroundWithProgress() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Browser oleg = Browser.loggedIn("oleg", "en");
    Map<String, String> ev = Documents.event(alice, demoSeller(alice), "Bulk " + UUID.randomUUID());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(Documents.approvedRequest(oleg, ev));
    }
    String body = Requests.submission(ev.get("eventId"), ev.get("tariffId"), Requests.sberbank()).toString();
    String notApproved =
        oleg.json("POST", "/api/v1/registration-requests", body, Map.of("Idempotency-Key", UUID.randomUUID().toString()))
            .object().getJsonObject("summary").getString("id");
    ids.add(notApproved);
    String selection = "{\"requestIds\":[\"" + String.join("\",\"", ids) + "\"]}";
    Browser.Json started = oleg.json("POST", "/api/v1/documents/deal-packs", selection, Map.of());
    assertEquals(202, started.status(), started.body());
    String runId = started.object().getString("runId");
    assertEquals(4, started.object().getInt("total"));
    JsonObject p;
    long until = System.nanoTime() + 180_000_000_000L;
    do {
      Thread.sleep(300);
      p = oleg.json("GET", "/api/v1/documents/deal-packs/" + runId, null, Map.of()).object();
      assertTrue(System.nanoTime() < until, p.toString());
    } while (p.getBoolean("running"));
    assertEquals(3, p.getInt("issued"), p.toString());
    assertEquals(1, p.getJsonArray("refused").size());
    assertEquals(notApproved, p.getJsonArray("refused").getJsonObject(0).getString("requestId"));
    assertEquals("document.notApproved", p.getJsonArray("refused").getJsonObject(0).getString("code"));
    for (String id : ids.subList(0, 3)) {
      assertEquals(2, oleg.json("GET", "/api/v1/registration-requests/" + id + "/documents", null, Map.of()).array().size());
    }
    Browser boris = Browser.loggedIn("boris", "en");
    assertEquals(404, boris.json("GET", "/api/v1/documents/deal-packs/" + runId, null, Map.of()).status(),
        "another tenant does not see the run");
  }

  @Test
  void requestsOfANewCompanyApprovedAtTheSameMomentMakeOneDirectoryEntry() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Browser oleg = Browser.loggedIn("oleg", "en");
    Map<String, String> ev = Documents.event(alice, demoSeller(alice), "Directory race " + UUID.randomUUID());
    jakarta.json.JsonObject tbank =
        jakarta.json.Json.createObjectBuilder()
            .add("entityType", "organisation")
            .add("fullName", "Акционерное общество «ТБанк»")
            .add("shortName", "АО «ТБанк»")
            .add("inn", "7710140679")
            .add("kpp", "771301001")
            .add("ogrn", "1027739642281")
            .add("legalAddress", "127287, г. Москва, ул. Хуторская 2-я, д. 38А, стр. 26")
            .add("bankName", "АО «ТБанк»")
            .add("bik", "044525974")
            .add("correspondentAccount", "30101810145250000974")
            .add("settlementAccount", "40702810610000012345")
            .add("signatoryName", "Пьянов Станислав Викторович")
            .add("signatoryPosition", "Председатель Правления")
            .add("signatoryBasis", "CHARTER")
            .build();
    List<String> ids = new ArrayList<>();
    List<Long> versions = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String body =
          Requests.submission(ev.get("eventId"), ev.get("tariffId"), jakarta.json.Json.createObjectBuilder(tbank)).toString();
      Browser.Json submitted =
          oleg.json("POST", "/api/v1/registration-requests", body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
      assertEquals(201, submitted.status(), submitted.body());
      String id = submitted.object().getJsonObject("summary").getString("id");
      ids.add(id);
      versions.add(
          oleg.json("POST", "/api/v1/registration-requests/" + id + "/take", null, Map.of())
              .object().getJsonObject("summary").getJsonNumber("version").longValue());
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Browser.Json>> results = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        Browser b = Browser.loggedIn(i % 2 == 0 ? "oleg" : "alice", "en");
        String id = ids.get(i);
        long version = versions.get(i);
        results.add(
            pool.submit(
                () -> b.json("POST", "/api/v1/registration-requests/" + id + "/transitions",
                    "{\"to\":\"APPROVED\",\"version\":" + version + "}", Map.of())));
      }
      for (Future<Browser.Json> f : results) {
        assertEquals(200, f.get().status(), f.get().body());
      }
    } finally {
      pool.shutdownNow();
    }
    String directory = oleg.json("GET", "/api/v1/counterparties?max=500", null, Map.of()).body();
    assertEquals(1, directory.split("\"inn\":\"7710140679\"", -1).length - 1, "exactly one entry: " + directory);
  }

  @Test
  void badFiltersAreProblems() throws Exception {
    Browser oleg = Browser.loggedIn("oleg", "ru");
    Browser.Json bad = oleg.json("GET", "/api/v1/documents?kind=RECEIPT", null, Map.of());
    assertEquals(400, bad.status());
    assertTrue(bad.isProblem());
    assertEquals("document.kind", bad.object().getString("code"));
    assertTrue(bad.object().getString("detail").contains("RECEIPT"), bad.body());
  }
}
