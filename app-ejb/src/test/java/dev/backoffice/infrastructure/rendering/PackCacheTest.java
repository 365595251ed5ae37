package dev.backoffice.infrastructure.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A render finds its compiled pack by the archive's exact bytes: a copy finds it, a one-byte change does not. */
class PackCacheTest {

  static final PackRenderer RENDERER = new PackRenderer(PackRendererTest.TEST_LIMITS, 1);

  @AfterAll
  static void close() {
    RENDERER.close();
  }

  /** A zip without compression: archives of files of the same sizes have the same length. */
  static byte[] stored(java.util.Map<String, byte[]> files) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.setMethod(java.util.zip.ZipOutputStream.STORED);
      for (java.util.Map.Entry<String, byte[]> f : files.entrySet()) {
        java.util.zip.ZipEntry e = new java.util.zip.ZipEntry(f.getKey());
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(f.getValue());
        e.setSize(f.getValue().length);
        e.setCrc(crc.getValue());
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(f.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void packsAreFoundByTheirExactBytes() throws Exception {
    byte[] a = stored(TestPacks.files(TestPacks.invoice("<fo:block>Marker AAAA</fo:block>")));
    byte[] b = stored(TestPacks.files(TestPacks.invoice("<fo:block>Marker BBBB</fo:block>")));
    assertEquals(a.length, b.length, "same length: only the bytes tell them apart");

    assertTrue(PackRendererTest.text(RENDERER.render(a, PackRendererTest.invoice()).pdf()).contains("Marker AAAA"));
    String fromB = PackRendererTest.text(RENDERER.render(b, PackRendererTest.invoice()).pdf());
    assertTrue(fromB.contains("Marker BBBB"), fromB);
    assertFalse(fromB.contains("AAAA"), fromB);

    // a copy of a's bytes finds a's pack; changing the caller's array afterwards changes nothing cached
    byte[] copy = a.clone();
    assertTrue(PackRendererTest.text(RENDERER.render(copy, PackRendererTest.invoice()).pdf()).contains("Marker AAAA"));
    System.arraycopy(b, 0, copy, 0, b.length);
    assertTrue(PackRendererTest.text(RENDERER.render(copy, PackRendererTest.invoice()).pdf()).contains("Marker BBBB"));
    assertTrue(PackRendererTest.text(RENDERER.render(a, PackRendererTest.invoice()).pdf()).contains("Marker AAAA"));
  }
}
