package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A foreign client's contract and invoice in English: the language comes with the request (API) or is chosen by the
 * operator until the deal pack is issued; the documents are rendered by the English standard pack with the amount in
 * English words, and the numbers are the same sequences as the Russian documents'. Also the tenant's PDF/A choice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnglishDealPackIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private static Browser.Json chooseLanguage(Browser b, String requestId, String language) throws Exception {
    JsonObject request = b.json("GET", "/api/v1/registration-requests/" + requestId, null, Map.of()).object();
    long version = request.getJsonObject("summary").getJsonNumber("version").longValue();
    return b.json(
        "PUT", "/api/v1/registration-requests/" + requestId + "/document-language",
        Json.createObjectBuilder().add("language", language).add("version", version).build().toString(), Map.of());
  }

  @Test
  void theOperatorChoosesEnglishAndTheDealPackIsInEnglish() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Browser oleg = Browser.loggedIn("oleg", "en");
    Browser anna = Browser.loggedIn("anna", "en");
    String seller = DocumentsIT.demoSeller(alice);
    Map<String, String> ev = Documents.event(alice, seller, "English " + UUID.randomUUID());
    String requestId = Documents.approvedRequest(oleg, ev);

    Browser.Json unknown = chooseLanguage(oleg, requestId, "de");
    assertEquals(400, unknown.status(), unknown.body());
    assertEquals("request.documentLanguage", unknown.object().getString("code"));
    assertEquals(403, chooseLanguage(anna, requestId, "en").status());
    Browser.Json chosen = chooseLanguage(oleg, requestId, "en");
    assertEquals(200, chosen.status(), chosen.body());
    assertEquals("en", chosen.object().getString("documentLanguage"));

    int contractsBefore = Documents.lastSequence(alice, seller, "CONTRACT");
    Browser.Json issued = oleg.json("POST", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of());
    assertEquals(201, issued.status(), issued.body());
    JsonObject contract = issued.array().getJsonObject(0);
    JsonObject invoice = issued.array().getJsonObject(1);
    assertEquals(contractsBefore + 1, Documents.sequence(contract.getString("number")), "the same sequence as Russian");
    for (JsonObject d : List.of(contract, invoice)) {
      assertEquals("en", d.getString("locale"));
      assertEquals("en-standard@1.1.0", d.getString("pack"));
    }
    String contractText = Documents.text(Documents.pdf(oleg, contract.getString("id"))).replaceAll("\\s+", " ");
    assertTrue(contractText.contains("SERVICE AGREEMENT No. " + contract.getString("number")), contractText);
    assertTrue(contractText.contains("7707083893"), "the buyer's INN:\n" + contractText);
    String invoiceText = Documents.text(Documents.pdf(oleg, invoice.getString("id"))).replaceAll("\\s+", " ");
    assertTrue(invoiceText.contains("Invoice No. " + invoice.getString("number")), invoiceText);
    assertTrue(invoiceText.contains("Sixty-one thousand roubles 00 kopecks"), invoiceText);
    assertFalse(invoiceText.contains("Счёт на оплату"), invoiceText);

    Browser.Json locked = chooseLanguage(oleg, requestId, "ru");
    assertEquals(409, locked.status(), locked.body());
    assertEquals("request.documentLanguageLocked", locked.object().getString("code"));
  }

  @Test
  void aClientSystemAsksForEnglishWithTheRequest() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Map<String, String> ev = Documents.event(alice, DocumentsIT.demoSeller(alice), "English intake " + UUID.randomUUID());
    JsonObject base = Requests.submission(ev.get("eventId"), ev.get("tariffId"), Requests.sberbank());
    String body = Json.createObjectBuilder(base).add("documentLanguage", "en").build().toString();
    Browser.Json submitted =
        alice.json("POST", "/api/v1/registration-requests", body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertEquals(201, submitted.status(), submitted.body());
    assertEquals("en", submitted.object().getString("documentLanguage"));

    String bad = Json.createObjectBuilder(base).add("documentLanguage", "klingon").build().toString();
    Browser.Json refused =
        alice.json("POST", "/api/v1/registration-requests", bad, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertEquals(400, refused.status(), refused.body());
    assertEquals("request.documentLanguage", refused.object().getString("code"));
  }

  @Test
  void whenTheTenantAsksIssuedPdfsArePdfA() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    JsonObject standard = alice.json("GET", "/api/v1/settings/document-standard", null, Map.of()).object();
    Browser.Json on =
        alice.json(
            "PUT", "/api/v1/settings/document-standard",
            Json.createObjectBuilder(standard).add("pdfA", true).build().toString(), Map.of());
    assertEquals(200, on.status(), on.body());
    try {
      Map<String, String> ev = Documents.event(alice, DocumentsIT.demoSeller(alice), "PDF/A " + UUID.randomUUID());
      String requestId = Documents.approvedRequest(alice, ev);
      Browser.Json issued =
          alice.json("POST", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of());
      assertEquals(201, issued.status(), issued.body());
      for (int i = 0; i < 2; i++) {
        byte[] pdf = Documents.pdf(alice, issued.array().getJsonObject(i).getString("id"));
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
          String xmp =
              new String(d.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
          assertTrue(xmp.contains("pdfaid:part"), xmp);
          assertEquals(1, d.getDocumentCatalog().getOutputIntents().size(), "the sRGB output intent");
        }
      }
    } finally {
      JsonObject now = alice.json("GET", "/api/v1/settings/document-standard", null, Map.of()).object();
      Browser.Json off =
          alice.json(
              "PUT", "/api/v1/settings/document-standard",
              Json.createObjectBuilder(now).add("pdfA", false).build().toString(), Map.of());
      assertEquals(200, off.status(), off.body());
    }
  }
}
