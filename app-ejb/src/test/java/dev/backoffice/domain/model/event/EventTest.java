package dev.backoffice.domain.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.domain.model.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTest {

  private static final TariffDetails STANDARD = new TariffDetails("Участие", new BigDecimal("61000"), VatMode.VAT_22_INCLUDED, null);

  private static EventDetails details(LocalDate start, LocalDate end, String zone, LocalDateTime opens, LocalDateTime closes, List<TariffDetails> tariffs) {
    return new EventDetails("Форум", start, end, "Москва", zone, opens, closes, 100, UUID.randomUUID(), tariffs);
  }

  @Test
  void theRegistrationWindowIsInTheEventsTimeZone() {
    Event e =
        new Event(
            details(
                LocalDate.of(2027, 3, 10),
                LocalDate.of(2027, 3, 11),
                "Asia/Vladivostok",
                LocalDateTime.of(2027, 1, 10, 9, 0),
                LocalDateTime.of(2027, 3, 8, 18, 0),
                List.of(STANDARD)),
            Instant.EPOCH);
    assertEquals(Instant.parse("2027-03-08T08:00:00Z"), e.registrationClosesAt(), "18:00 in Vladivostok (UTC+10)");
    assertTrue(e.acceptsRegistrationsAt(Instant.parse("2027-03-08T07:59:59Z")));
    assertFalse(e.acceptsRegistrationsAt(Instant.parse("2027-03-08T08:00:00Z")));
    assertTrue(e.registrationClosedAt(Instant.parse("2027-03-08T08:00:00Z")));
    assertEquals(new BigDecimal("61000.00"), e.tariffs().get(0).price());
  }

  @Test
  void inconsistentEventsAreRefusedNamingTheField() {
    LocalDateTime opens = LocalDateTime.of(2027, 1, 1, 9, 0);
    assertField("endsOn", () -> new Event(details(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 9), "Europe/Moscow", opens, opens.plusDays(1), List.of(STANDARD)), Instant.EPOCH));
    assertField("registrationCloses", () -> new Event(details(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10), "Europe/Moscow", opens, opens, List.of(STANDARD)), Instant.EPOCH));
    assertField("timeZone", () -> new Event(details(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10), "Moscow", opens, opens.plusDays(1), List.of(STANDARD)), Instant.EPOCH));
    assertField("tariffs", () -> new Event(details(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10), "Europe/Moscow", opens, opens.plusDays(1), List.of()), Instant.EPOCH));
  }

  @Test
  void tariffsNeedExactPricesAndAReasonWhenWithoutVat() {
    LocalDateTime opens = LocalDateTime.of(2027, 1, 1, 9, 0);
    LocalDate d = LocalDate.of(2027, 3, 10);
    assertField("tariffs[0].price", () -> new Event(details(d, d, "Europe/Moscow", opens, opens.plusDays(1), List.of(new TariffDetails("X", new BigDecimal("10.005"), VatMode.VAT_22_ADDED, null))), Instant.EPOCH));
    assertField("tariffs[0].price", () -> new Event(details(d, d, "Europe/Moscow", opens, opens.plusDays(1), List.of(new TariffDetails("X", new BigDecimal("-1"), VatMode.VAT_22_ADDED, null))), Instant.EPOCH));
    assertField("tariffs[1].vatExemptionReason", () -> new Event(details(d, d, "Europe/Moscow", opens, opens.plusDays(1), List.of(STANDARD, new TariffDetails("Онлайн", new BigDecimal("15000"), VatMode.WITHOUT_VAT, " "))), Instant.EPOCH));
    Event ok = new Event(details(d, d, "Europe/Moscow", opens, opens.plusDays(1), List.of(new TariffDetails("Онлайн", new BigDecimal("15000"), VatMode.WITHOUT_VAT, "УСН, ст. 346.11 НК РФ"))), Instant.EPOCH);
    assertEquals("УСН, ст. 346.11 НК РФ", ok.tariffs().get(0).vatExemptionReason());
  }

  private static void assertField(String field, org.junit.jupiter.api.function.Executable create) {
    InvalidInputException e = assertThrows(InvalidInputException.class, create);
    assertEquals(field, e.field(), e.getMessage());
  }
}
