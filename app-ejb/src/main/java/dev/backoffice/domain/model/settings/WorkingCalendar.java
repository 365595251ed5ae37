package dev.backoffice.domain.model.settings;

import dev.backoffice.domain.model.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Working time of a back office: working days, the working day's start and end, in a time zone. Used to turn "within
 * 2 working hours" into a deadline: a request received on Friday at 17:30 with a 2-hour SLA is due on Monday at
 * 10:30. Public holidays are not known here (the production calendar is a later addition).
 */
public record WorkingCalendar(ZoneId zone, LocalTime dayStart, LocalTime dayEnd, Set<DayOfWeek> workingDays) {

  public static final WorkingCalendar MOSCOW_OFFICE =
      new WorkingCalendar(
          ZoneId.of("Europe/Moscow"),
          LocalTime.of(9, 0),
          LocalTime.of(18, 0),
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  public WorkingCalendar {
    if (zone == null || dayStart == null || dayEnd == null) {
      throw new InvalidInputException("required", zone == null ? "timeZone" : dayStart == null ? "dayStart" : "dayEnd");
    }
    if (!dayEnd.isAfter(dayStart)) {
      throw new InvalidInputException("settings.dayEndBeforeStart", "dayEnd");
    }
    if (workingDays == null || workingDays.isEmpty()) {
      throw new InvalidInputException("settings.noWorkingDays", "workingDays");
    }
    workingDays = Set.copyOf(workingDays);
  }

  /** The moment {@code workingMinutes} of working time after {@code start}. */
  public Instant deadline(Instant start, long workingMinutes) {
    if (workingMinutes <= 0) {
      return start;
    }
    Duration left = Duration.ofMinutes(workingMinutes);
    ZonedDateTime t = start.atZone(zone);
    for (int guard = 0; guard < 3700; guard++) {
      LocalDate day = t.toLocalDate();
      if (workingDays.contains(day.getDayOfWeek())) {
        ZonedDateTime open = day.atTime(dayStart).atZone(zone);
        ZonedDateTime close = day.atTime(dayEnd).atZone(zone);
        ZonedDateTime from = t.isBefore(open) ? open : t;
        if (from.isBefore(close)) {
          Duration today = Duration.between(from, close);
          if (today.compareTo(left) >= 0) {
            return from.plus(left).toInstant();
          }
          left = left.minus(today);
        }
      }
      t = day.plusDays(1).atStartOfDay(zone);
    }
    throw new IllegalStateException("no working time within ten years");
  }
}
