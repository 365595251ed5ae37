package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Helpers for document tests: sellers with bank details, events, approved requests, PDFs read back as text. */
final class Documents {

  private Documents() {}

  /** The id of the tenant's legal entity with this ИНН, created with a bank account and signatories if missing. */
  static String seller(Browser admin, JsonObject details) throws Exception {
    String inn = details.getString("inn");
    for (var v : admin.json("GET", "/api/v1/legal-entities", null, Map.of()).array()) {
      JsonObject e = v.asJsonObject();
      if (e.getString("inn").equals(inn)) {
        return e.getString("id");
      }
    }
    Browser.Json created = admin.json("POST", "/api/v1/legal-entities", details.toString(), Map.of());
    assertEquals(201, created.status(), created.body());
    return created.object().getString("id");
  }

  /** ООО «ЯНДЕКС» (ЕГРЮЛ) with an account at ПАО Сбербанк whose control key is valid. */
  static JsonObject yandex() {
    return Json.createObjectBuilder()
        .add("shortName", "ООО «ЯНДЕКС»")
        .add("fullName", "Общество с ограниченной ответственностью «ЯНДЕКС»")
        .add("inn", "7736207543")
        .add("kpp", "770401001")
        .add("ogrn", "1027700229193")
        .add("legalAddress", "119021, г. Москва, ул. Льва Толстого, д. 16")
        .add("bankName", "ПАО Сбербанк")
        .add("bik", "044525225")
        .add("correspondentAccount", "30101810400000000225")
        .add("settlementAccount", "40702810738000077001")
        .add("directorPosition", "Генеральный директор")
        .add("directorName", "Тестов Тест Тестович")
        .add("chiefAccountantName", "Счётова Анна Петровна")
        .build();
  }

  /** An open event sold by the given seller, one tariff: 61 000.00 with 22 % VAT included. */
  static Map<String, String> event(Browser admin, String sellerId, String name) throws Exception {
    return event(admin, sellerId, name, LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(30));
  }

  /** As {@link #event(Browser, String, String)}, held on the given day (one day long). */
  static Map<String, String> event(Browser admin, String sellerId, String name, LocalDate starts) throws Exception {
    return event(
        admin, sellerId, name, starts,
        Json.createObjectBuilder().add("name", "Участие").add("price", "61000.00").add("vatMode", "VAT_22_INCLUDED")
            .build());
  }

  /** As {@link #event(Browser, String, String, LocalDate)}, with its one tariff as given. */
  static Map<String, String> event(Browser admin, String sellerId, String name, LocalDate starts, JsonObject tariff)
      throws Exception {
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Moscow"));
    JsonObject body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("startsOn", starts.toString())
            .add("endsOn", starts.toString())
            .add("venue", "Москва, Экспоцентр")
            .add("timeZone", "Europe/Moscow")
            .add("registrationOpens", now.minusDays(10).withNano(0).toString())
            .add("registrationCloses", now.plusDays(20).withNano(0).toString())
            .add("capacity", 1000)
            .add("sellerId", sellerId)
            .add("tariffs", Json.createArrayBuilder().add(tariff))
            .build();
    Browser.Json created = admin.json("POST", "/api/v1/events", body.toString(), Map.of());
    assertEquals(201, created.status(), created.body());
    JsonObject e = created.object();
    return Map.of("eventId", e.getString("id"), "tariffId", e.getJsonArray("tariffs").getJsonObject(0).getString("id"));
  }

  /** A Sberbank request for the event, taken and approved by the operator; returns its id. */
  static String approvedRequest(Browser operator, Map<String, String> event) throws Exception {
    return approvedRequest(operator, event, Requests.sberbank());
  }

  static String approvedRequest(Browser operator, Map<String, String> event, jakarta.json.JsonObjectBuilder company)
      throws Exception {
    String body = Requests.submission(event.get("eventId"), event.get("tariffId"), company).toString();
    Browser.Json submitted =
        operator.json(
            "POST", "/api/v1/registration-requests", body,
            Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
    assertEquals(201, submitted.status(), submitted.body());
    String id = submitted.object().getJsonObject("summary").getString("id");
    Browser.Json taken = operator.json("POST", "/api/v1/registration-requests/" + id + "/take", null, Map.of());
    assertEquals(200, taken.status(), taken.body());
    long version = taken.object().getJsonObject("summary").getJsonNumber("version").longValue();
    Browser.Json approved =
        operator.json(
            "POST", "/api/v1/registration-requests/" + id + "/transitions",
            "{\"to\":\"APPROVED\",\"version\":" + version + "}", Map.of());
    assertEquals(200, approved.status(), approved.body());
    return id;
  }

  static byte[] pdf(Browser b, String documentId) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = b.bytes("GET", "/api/v1/documents/" + documentId + "/pdf", null, null);
    assertEquals(200, r.statusCode());
    assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    return r.body();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d).replace('\u00A0', ' ');
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** The sequence part of a number printed as {@code 2026-0012}. */
  static int sequence(String number) {
    return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
  }

  /** The highest sequence number of this seller's documents of the kind so far (0 on a fresh database). */
  static int lastSequence(Browser b, String sellerId, String kind) throws Exception {
    int max = 0;
    for (JsonValue v :
        b.json("GET", "/api/v1/documents?kind=" + kind + "&max=500", null, Map.of()).object().getJsonArray("documents")) {
      JsonObject d = v.asJsonObject();
      if (d.getString("legalEntityId").equals(sellerId)) {
        max = Math.max(max, Documents.sequence(d.getString("number")));
      }
    }
    return max;
  }}
