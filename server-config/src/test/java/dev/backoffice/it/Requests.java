package dev.backoffice.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** Request bodies for the registration API, built from real published requisites (ЕГРЮЛ, bank directory). */
final class Requests {

  private Requests() {}

  /** ПАО Сбербанк with its real correspondent account and a settlement account published by one of its clients. */
  static JsonObjectBuilder sberbank() {
    return Json.createObjectBuilder()
        .add("entityType", "organisation")
        .add("fullName", "Публичное акционерное общество «Сбербанк России»")
        .add("shortName", "ПАО Сбербанк")
        .add("inn", "7707083893")
        .add("kpp", "773601001")
        .add("ogrn", "1027700132195")
        .add("legalAddress", "117312, г. Москва, ул. Вавилова, д. 19")
        .add("bankName", "ПАО Сбербанк")
        .add("bik", "044525225")
        .add("correspondentAccount", "30101810400000000225")
        .add("settlementAccount", "40702810238000139300")
        .add("signatoryName", "Греф Герман Оскарович")
        .add("signatoryPosition", "Президент, Председатель Правления")
        .add("signatoryBasis", "CHARTER");
  }

  static JsonObject submission(String eventId, String tariffId, JsonObjectBuilder company) {
    return Json.createObjectBuilder()
        .add("eventId", eventId)
        .add("tariffId", tariffId)
        .add(
            "participants",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("fullName", "Иванов Иван Иванович")
                        .add("email", "ivanov@example.ru")
                        .add("position", "Финансовый директор")))
        .add("company", company)
        .add("contact", Json.createObjectBuilder().add("name", "Петрова Анна").add("email", "petrova@example.ru"))
        .build();
  }

  /** An event of the caller's tenant with registration open now (or closed, when {@code closed}). */
  static Map<String, String> newEvent(Browser tenantAdmin, String name, boolean closed) throws Exception {
    String seller = tenantAdmin.json("GET", "/api/v1/legal-entities", null, Map.of()).array().getJsonObject(0).getString("id");
    LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Europe/Moscow"));
    LocalDate starts = LocalDate.now().plusDays(closed ? 3 : 30);
    JsonObject body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("startsOn", starts.toString())
            .add("endsOn", starts.plusDays(1).toString())
            .add("venue", "Москва")
            .add("timeZone", "Europe/Moscow")
            .add("registrationOpens", now.minusDays(10).withNano(0).toString())
            .add("registrationCloses", (closed ? now.minusHours(1) : now.plusDays(20)).withNano(0).toString())
            .add("capacity", 300)
            .add("sellerId", seller)
            .add(
                "tariffs",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("name", "Участие").add("price", "61000.00").add("vatMode", "VAT_22_INCLUDED")))
            .build();
    Browser.Json created = tenantAdmin.json("POST", "/api/v1/events", body.toString(), Map.of());
    if (created.status() != 201) {
      throw new IllegalStateException("cannot create event: " + created.body());
    }
    JsonObject e = created.object();
    return Map.of("eventId", e.getString("id"), "tariffId", e.getJsonArray("tariffs").getJsonObject(0).getString("id"));
  }
}
