package dev.backoffice.application;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * A tenant's service level: contract and invoice within {@code slaWorkingMinutes} of working time (working days,
 * day start and end, in {@code timeZone}).
 */
public record ServiceLevel(
    int slaWorkingMinutes, String timeZone, LocalTime dayStart, LocalTime dayEnd, Set<DayOfWeek> workingDays, long version) {}
