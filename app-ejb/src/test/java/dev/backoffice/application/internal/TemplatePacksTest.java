package dev.backoffice.application.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TemplatePacksTest {

  @Test
  void versionsCompareNumericallyPartByPart() {
    assertTrue(TemplatePacks.versionKey("1.10.0").compareTo(TemplatePacks.versionKey("1.9.0")) > 0);
    assertTrue(TemplatePacks.versionKey("2.0.0").compareTo(TemplatePacks.versionKey("1.99.99")) > 0);
    assertTrue(TemplatePacks.versionKey("1.1.0").compareTo(TemplatePacks.versionKey("1.0.0")) > 0);
    // A numeric part too long for a long is compared as text instead of failing.
    assertTrue(TemplatePacks.versionKey("1.99999999999999999999").startsWith("0000000001."));
  }
}
