package dev.backoffice.infrastructure.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds pack archives for tests: a small valid Latin-only pack, and variants with one hostile file. */
final class TestPacks {

  private TestPacks() {}

  static final String DESCRIPTOR =
      "<templatePack xmlns='urn:backoffice:template-pack:1' id='test-pack' version='1.0.0' contractVersion='1.0'>"
          + "<name>Test</name>"
          + "<template kind='INVOICE' locale='en' stylesheet='xsl/invoice.xsl'/>"
          + "</templatePack>";

  static final String COMMON =
      """
      <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
          xmlns:d="urn:backoffice:document:1" xmlns:fo="http://www.w3.org/1999/XSL/Format">
        <xsl:template name="party">
          <xsl:param name="p"/>
          <fo:block>Party: <xsl:value-of select="$p/d:shortName"/> INN <xsl:value-of select="$p/d:inn"/></fo:block>
        </xsl:template>
      </xsl:stylesheet>
      """;

  /** An invoice stylesheet whose body is {@code BODY} inside the flow; {@code TOP} goes at the stylesheet level. */
  static final String INVOICE_FRAME =
      """
      <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
          xmlns:d="urn:backoffice:document:1" xmlns:fo="http://www.w3.org/1999/XSL/Format" EXTRA_NS>
        <xsl:include href="common.xsl"/>
        TOP
        <xsl:template match="/d:document">
          <fo:root>
            <fo:layout-master-set>
              <fo:simple-page-master master-name="A4" page-width="210mm" page-height="297mm" margin="15mm">
                <fo:region-body/>
              </fo:simple-page-master>
            </fo:layout-master-set>
            <fo:page-sequence master-reference="A4">
              <fo:flow flow-name="xsl-region-body">
                <fo:block>Invoice No. <xsl:value-of select="d:number"/></fo:block>
                <xsl:call-template name="party"><xsl:with-param name="p" select="d:seller"/></xsl:call-template>
                <xsl:call-template name="party"><xsl:with-param name="p" select="d:buyer"/></xsl:call-template>
                <fo:block>Total <xsl:value-of select="d:totals/d:amount"/></fo:block>
                BODY
              </fo:flow>
            </fo:page-sequence>
          </fo:root>
        </xsl:template>
      </xsl:stylesheet>
      """;

  static String invoice(String body) {
    return invoice("", "", body);
  }

  static String invoice(String extraNamespaces, String top, String body) {
    return INVOICE_FRAME.replace("EXTRA_NS", extraNamespaces).replace("TOP", top).replace("BODY", body);
  }

  static Map<String, byte[]> files(String invoiceStylesheet) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("pack.xml", DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
    files.put("xsl/common.xsl", COMMON.getBytes(StandardCharsets.UTF_8));
    files.put("xsl/invoice.xsl", invoiceStylesheet.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  static byte[] valid() {
    return zip(files(invoice("")));
  }

  static byte[] withInvoice(String invoiceStylesheet) {
    return zip(files(invoiceStylesheet));
  }

  static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
