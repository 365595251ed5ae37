package dev.backoffice.domain.model.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backoffice.domain.model.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final ZoneId MSK = ZoneId.of("Europe/Moscow");
  private static final WorkingCalendar OFFICE = WorkingCalendar.MOSCOW_OFFICE;

  private static Instant msk(int y, int m, int d, int h, int min) {
    return ZonedDateTime.of(y, m, d, h, min, 0, 0, MSK).toInstant();
  }

  @Test
  void withinTheWorkingDay() {
    assertEquals(msk(2026, 11, 26, 12, 0), OFFICE.deadline(msk(2026, 11, 26, 10, 0), 120), "Thursday 10:00 + 2 h");
  }

  @Test
  void theRestCarriesOverToTheNextWorkingDay() {
    assertEquals(msk(2026, 11, 30, 10, 30), OFFICE.deadline(msk(2026, 11, 27, 17, 30), 120), "Friday 17:30 + 2 h = Monday 10:30");
  }

  @Test
  void nightAndWeekendRequestsStartAtTheNextOpening() {
    assertEquals(msk(2026, 11, 30, 11, 0), OFFICE.deadline(msk(2026, 11, 28, 23, 15), 120), "Saturday night");
    assertEquals(msk(2026, 11, 26, 11, 0), OFFICE.deadline(msk(2026, 11, 26, 3, 0), 120), "Thursday 03:00");
  }

  @Test
  void severalDaysAndOtherZones() {
    WorkingCalendar vladivostok =
        new WorkingCalendar(ZoneId.of("Asia/Vladivostok"), LocalTime.of(10, 0), LocalTime.of(19, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    Instant start = ZonedDateTime.of(2026, 11, 26, 18, 0, 0, 0, ZoneId.of("Asia/Vladivostok")).toInstant();
    assertEquals(
        ZonedDateTime.of(2026, 11, 30, 19, 0, 0, 0, ZoneId.of("Asia/Vladivostok")).toInstant(),
        vladivostok.deadline(start, 60 + 9 * 60 * 2),
        "1 h Thursday + 9 h Friday + 9 h Monday = Monday 19:00");
    assertEquals(
        ZonedDateTime.of(2026, 12, 1, 10, 1, 0, 0, ZoneId.of("Asia/Vladivostok")).toInstant(),
        vladivostok.deadline(start, 60 + 9 * 60 * 2 + 1),
        "one minute more runs into Tuesday");
  }

  @Test
  void nonsenseIsRefused() {
    assertThrows(InvalidInputException.class, () -> new WorkingCalendar(MSK, LocalTime.of(18, 0), LocalTime.of(9, 0), Set.of(DayOfWeek.MONDAY)));
    assertThrows(InvalidInputException.class, () -> new WorkingCalendar(MSK, LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of()));
    assertThrows(InvalidInputException.class, () -> TenantSettings.defaults().change(0, OFFICE));
  }
}
