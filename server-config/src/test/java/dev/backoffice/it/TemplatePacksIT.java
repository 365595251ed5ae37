package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant admin changes the standard pack, uploads it, previews it and activates it: the next contract uses it while
 * the contracts issued before keep theirs. Hostile packs are refused with their reason and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TemplatePacksIT {

  static final String MARKER = "РЕДАКЦИЯ БЕТА";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  /** The standard Russian pack as installed in the test server's plugins folder. */
  static Map<String, byte[]> standardPack() throws Exception {
    Path dir = Path.of("target/liberty/wlp/usr/servers/backoffice-it/plugins/template-packs");
    Path jar;
    try (Stream<Path> s = Files.list(dir)) {
      jar = s.filter(p -> p.getFileName().toString().startsWith("template-pack-ru-standard")).findFirst().orElseThrow();
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(jar)))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (!e.isDirectory() && !e.getName().startsWith("META-INF/")) {
          files.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return files;
  }

  static byte[] zip(Map<String, byte[]> files) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        z.putNextEntry(new ZipEntry(f.getKey()));
        z.write(f.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static String replace(byte[] file, String from, String to) {
    String s = new String(file, StandardCharsets.UTF_8);
    assertTrue(s.contains(from), "the pack file contains " + from);
    return s.replace(from, to);
  }

  @Test
  void aChangedPackIsUploadedPreviewedAndActivatedAndOldDocumentsKeepTheirs() throws Exception {
    Browser boris = Browser.loggedIn("boris", "en");
    Browser olga = Browser.loggedIn("olga", "en");
    String seller = betaSeller(boris);
    Map<String, String> ev = Documents.event(boris, seller, "Packs " + UUID.randomUUID());
    String before = Documents.approvedRequest(olga, ev);
    JsonArray oldDocs = olga.json("POST", "/api/v1/registration-requests/" + before + "/documents", null, Map.of()).array();
    JsonObject oldContract = oldDocs.getJsonObject(0);

    String version = "1." + (System.currentTimeMillis() % 10000);
    Map<String, byte[]> files = standardPack();
    files.put(
        "pack.xml",
        replace(files.get("pack.xml"), "id=\"ru-standard\" version=\"1.1.0\"", "id=\"beta-custom\" version=\"" + version + "\"")
            .getBytes(StandardCharsets.UTF_8));
    files.put(
        "xsl/contract.xsl",
        replace(files.get("xsl/contract.xsl"), "concat('ДОГОВОР', $number)", "concat('ДОГОВОР', $number, ' " + MARKER + "')")
            .getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> uploaded = boris.bytes("POST", "/api/v1/template-packs", zip(files), "application/zip");
    assertEquals(201, uploaded.statusCode(), new String(uploaded.body(), StandardCharsets.UTF_8));
    String ref = Browser.jsonString(new String(uploaded.body(), StandardCharsets.UTF_8), "ref");
    assertTrue(ref.startsWith("uploaded:"), ref);

    HttpResponse<byte[]> preview =
        boris.bytes("GET", "/api/v1/template-packs/preview?pack=" + ref + "&kind=CONTRACT&locale=ru", null, null);
    assertEquals(200, preview.statusCode());
    assertTrue(Documents.text(preview.body()).contains(MARKER), "the preview shows the change");

    Browser.Json chosen =
        boris.json("PUT", "/api/v1/template-packs/choices", "{\"kind\":\"CONTRACT\",\"locale\":\"ru\",\"pack\":\"" + ref + "\"}", Map.of());
    assertEquals(200, chosen.status(), chosen.body());
    try {
      String after = Documents.approvedRequest(olga, ev);
      JsonArray newDocs = olga.json("POST", "/api/v1/registration-requests/" + after + "/documents", null, Map.of()).array();
      JsonObject newContract = newDocs.getJsonObject(0);
      assertEquals("beta-custom@" + version, newContract.getString("pack"));
      assertTrue(Documents.text(Documents.pdf(olga, newContract.getString("id"))).contains(MARKER));
      assertEquals("ru-standard@1.1.0", newDocs.getJsonObject(1).getString("pack"), "only the contract changed");

      byte[] oldPdf = Documents.pdf(olga, oldContract.getString("id"));
      assertEquals(oldContract.getString("pdfSha256"), Documents.sha256(oldPdf), "the old contract is unchanged");
      assertFalse(Documents.text(oldPdf).contains(MARKER));
    } finally {
      Browser.Json back =
          boris.json(
              "PUT", "/api/v1/template-packs/choices",
              "{\"kind\":\"CONTRACT\",\"locale\":\"ru\",\"pack\":\"builtin:ru-standard@1.1.0\"}", Map.of());
      assertEquals(200, back.status(), back.body());
    }

    HttpResponse<byte[]> sameVersion = boris.bytes("POST", "/api/v1/template-packs", zip(files), "application/zip");
    assertEquals(409, sameVersion.statusCode());
    Browser artem = Browser.loggedIn("artem", "en");
    assertEquals(403, artem.bytes("POST", "/api/v1/template-packs", zip(files), "application/zip").statusCode());
    Browser alice = Browser.loggedIn("alice", "en");
    assertFalse(alice.json("GET", "/api/v1/template-packs", null, Map.of()).body().contains("beta-custom"),
        "another tenant never sees the pack");
  }

  static String betaSeller(Browser boris) throws Exception {
    return boris.json("GET", "/api/v1/legal-entities", null, Map.of()).array().stream()
        .map(v -> v.asJsonObject())
        .filter(e -> e.getString("inn").equals("7801000012"))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  @Test
  void hostilePacksAreRefusedWithTheirReasonAndNothingIsStored() throws Exception {
    Browser boris = Browser.loggedIn("boris", "en");
    String listBefore = boris.json("GET", "/api/v1/template-packs", null, Map.of()).body();
    Map<String, String> attacks = new LinkedHashMap<>();
    attacks.put("<xsl:value-of select=\"document('file:///etc/passwd')\"/>", "templatePack.renderFailed");
    attacks.put("<fo:external-graphic src=\"file:///etc/hosts\"/>", "templatePack.externalResource");
    attacks.put("<fo:external-graphic src=\"http://127.0.0.1:9/x.png\"/>", "templatePack.externalResource");
    int i = 0;
    for (Map.Entry<String, String> attack : attacks.entrySet()) {
      Map<String, byte[]> files = standardPack();
      files.put(
          "pack.xml",
          replace(files.get("pack.xml"), "id=\"ru-standard\"", "id=\"evil-" + (i++) + "\"").getBytes(StandardCharsets.UTF_8));
      String invoice = new String(files.get("xsl/invoice.xsl"), StandardCharsets.UTF_8);
      int at = invoice.indexOf("<fo:block");
      assertTrue(at > 0);
      files.put(
          "xsl/invoice.xsl",
          (invoice.substring(0, at) + "<fo:block>" + attack.getKey() + "</fo:block>" + invoice.substring(at))
              .getBytes(StandardCharsets.UTF_8));
      HttpResponse<byte[]> r = boris.bytes("POST", "/api/v1/template-packs", zip(files), "application/zip");
      String body = new String(r.body(), StandardCharsets.UTF_8);
      assertEquals(400, r.statusCode(), body);
      assertEquals(attack.getValue(), Browser.jsonString(body, "code"), body);
      assertFalse(body.contains("root:"), "no file content leaks into the message");
    }
    Map<String, byte[]> slip = standardPack();
    slip.put("../../evil.xsl", new byte[] {1});
    HttpResponse<byte[]> r = boris.bytes("POST", "/api/v1/template-packs", zip(slip), "application/zip");
    assertEquals(400, r.statusCode());
    assertEquals("templatePack.badPath", Browser.jsonString(new String(r.body(), StandardCharsets.UTF_8), "code"));
    assertEquals(listBefore, boris.json("GET", "/api/v1/template-packs", null, Map.of()).body(), "nothing was stored");
  }
}
