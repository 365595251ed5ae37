package dev.backoffice.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A корректировка of a УПД as an operator enters it: why (the agreement it follows) and the lines whose quantity or
 * unit price changes (a null keeps the current value; lines not named keep theirs).
 */
public record DocumentAdjustment(String reason, List<Line> lines) {

  /** One line by its number on the УПД: the new quantity and unit price (as the tariff states it). */
  public record Line(int no, BigDecimal quantity, BigDecimal price) {}
}
