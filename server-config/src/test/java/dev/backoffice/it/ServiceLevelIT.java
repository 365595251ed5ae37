package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.domain.model.settings.WorkingCalendar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tenant's service level sets each new request's SLA deadline in working time. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceLevelIT {

  private static final String PATH = "/api/v1/settings/service-level";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void theTenantAdminSetsTheSlaAndNewRequestsGetTheirDeadlineInWorkingTime() throws Exception {
    Browser boris = Browser.loggedIn("boris", "en");
    JsonObject current = boris.json("GET", PATH, null, Map.of()).object();
    long version = current.getJsonNumber("version").longValue();
    int minutes = current.getInt("slaWorkingMinutes") == 45 ? 46 : 45; // a real change, also on a reused database
    JsonObject change =
        Json.createObjectBuilder()
            .add("slaWorkingMinutes", minutes)
            .add("timeZone", "Asia/Yekaterinburg")
            .add("dayStart", "08:30:00")
            .add("dayEnd", "17:00:00")
            .add("workingDays", Json.createArrayBuilder().add("MONDAY").add("TUESDAY").add("WEDNESDAY").add("THURSDAY").add("FRIDAY").add("SATURDAY"))
            .add("version", version)
            .build();
    Browser.Json changed = boris.json("PUT", PATH, change.toString(), Map.of());
    assertEquals(200, changed.status(), changed.body());
    assertEquals(minutes, changed.object().getInt("slaWorkingMinutes"));

    Browser.Json stale = boris.json("PUT", PATH, change.toString(), Map.of());
    assertEquals(409, stale.status(), "the version moved on");

    Map<String, String> ev = Requests.newEvent(boris, "SLA " + UUID.randomUUID(), false);
    Browser.Json created =
        Browser.loggedIn("olga", "en")
            .json("POST", "/api/v1/registration-requests", Requests.submission(ev.get("eventId"), ev.get("tariffId"), Requests.sberbank()).toString(), Map.of());
    assertEquals(201, created.status(), created.body());
    JsonObject summary = created.object().getJsonObject("summary");
    Instant received = Instant.parse(summary.getString("receivedAt"));
    WorkingCalendar calendar =
        new WorkingCalendar(ZoneId.of("Asia/Yekaterinburg"), LocalTime.of(8, 30), LocalTime.of(17, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
    assertEquals(calendar.deadline(received, minutes), Instant.parse(summary.getString("slaDeadline")));
  }

  @Test
  void onlyTheTenantAdminChangesItAndNonsenseIsRefused() throws Exception {
    Browser boris = Browser.loggedIn("boris", "ru");
    long version = boris.json("GET", PATH, null, Map.of()).object().getJsonNumber("version").longValue();
    String backwards =
        "{\"slaWorkingMinutes\":120,\"timeZone\":\"Europe/Moscow\",\"dayStart\":\"18:00:00\",\"dayEnd\":\"09:00:00\","
            + "\"workingDays\":[\"MONDAY\"],\"version\":" + version + "}";
    Browser.Json bad = boris.json("PUT", PATH, backwards, Map.of());
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.isProblem());
    assertEquals("dayEnd", bad.object().getString("field"));

    assertEquals(200, Browser.loggedIn("artem", "en").json("GET", PATH, null, Map.of()).status(), "the auditor reads");
    assertEquals(403, Browser.loggedIn("artem", "en").json("PUT", PATH, backwards, Map.of()).status());
    assertEquals(403, Browser.loggedIn("olga", "en").json("PUT", PATH, backwards, Map.of()).status());
  }
}
