package dev.backoffice.infrastructure.rendering;

/**
 * Limits per render: wall time, pages, FO elements, characters of text and PDF size. The defaults fit a 10-page
 * contract many times over and stop a template that loops or explodes long before it hurts the server.
 */
record RenderLimits(long timeoutMillis, int maxPages, long maxElements, long maxCharacters, long maxPdfBytes) {

  static final RenderLimits DEFAULT = new RenderLimits(20_000, 200, 400_000, 4_000_000, 30L * 1024 * 1024);
}
