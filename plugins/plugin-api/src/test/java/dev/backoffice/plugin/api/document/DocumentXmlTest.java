package dev.backoffice.plugin.api.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class DocumentXmlTest {

  static Schema schema(String resource) throws SAXException {
    SchemaFactory f = SchemaFactory.newDefaultInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newSchema(DocumentXmlTest.class.getResource(resource));
  }

  static void validate(String resource, byte[] xml) throws Exception {
    Validator v = schema(resource).newValidator();
    v.validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  @ParameterizedTest
  @CsvSource({"CONTRACT,ru", "OFFER_INVOICE,ru", "INVOICE,ru", "ACT,ru", "UPD,ru", "UKD,ru", "CONTRACT,en", "INVOICE,en"})
  void everySampleIsValidAgainstTheSchema(DocumentKind kind, String locale) throws Exception {
    byte[] xml = DocumentXml.toBytes(SampleDocuments.sample(kind, locale));
    validate(DocumentXml.SCHEMA_RESOURCE, xml);
    String s = new String(xml, StandardCharsets.UTF_8);
    assertTrue(s.contains("kind=\"" + kind + "\""), s);
    assertTrue(s.contains("<inn>7707083893</inn>"), s);
    assertTrue(s.contains("<amount>73200.00</amount>"), s);
    assertEquals(SampleDocuments.sample(kind, locale).lines(), DocumentXml.readLines(xml), "the lines read back");
  }

  @Test
  void aKorrektirovkaCarriesItsLinesBeforeAndAfterAndTheDecrease() {
    String s = new String(DocumentXml.toBytes(SampleDocuments.sample(DocumentKind.UKD, "ru")), StandardCharsets.UTF_8);
    assertTrue(s.contains("<correction type=\"ADJUSTMENT\" index=\"1\">"), s);
    assertTrue(s.contains("<change no=\"1\"><before no=\"1\">"), s);
    assertTrue(s.contains("<decrease><amountWithoutVat>30000.00</amountWithoutVat><vat>6600.00</vat><amount>36600.00</amount></decrease>"), s);
  }

  @Test
  void readingLinesRefusesWhatIsNotADocumentAndDtds() {
    assertThrows(IllegalArgumentException.class, () -> DocumentXml.readLines("<x/>".getBytes(StandardCharsets.UTF_8)));
    String xxe =
        "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
            + "<document xmlns='urn:backoffice:document:1'><lines><line no='1'><name>&e;</name></line></lines></document>";
    assertThrows(IllegalArgumentException.class, () -> DocumentXml.readLines(xxe.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theSchemaRefusesABrokenDocument() throws Exception {
    String bad =
        new String(DocumentXml.toBytes(SampleDocuments.sample(DocumentKind.INVOICE, "ru")), StandardCharsets.UTF_8)
            .replace("<inn>7707083893</inn>", "<inn>77070838</inn>");
    assertThrows(SAXException.class, () -> validate(DocumentXml.SCHEMA_RESOURCE, bad.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void controlCharactersFromUserInputAreDroppedAndMarkupIsEscaped() {
    assertEquals("ab\tc", DocumentXml.stripControl("a\u0000b\tc\u0007"));
    DocumentData s = SampleDocuments.sample(DocumentKind.INVOICE, "ru");
    DocumentData.Party hostile =
        new DocumentData.Party(
            "ООО \"<xsl:value-of select='1'/>\" &amp; \u0001", null, "7707083893", null, null, null, null, null, null,
            null, null, null);
    DocumentData d =
        new DocumentData(s.kind(), s.locale(), s.number(), s.date(), null, s.currency(), s.seller(), hostile,
            s.event(), s.contract(), s.invoice(), s.lines(), s.vat(), s.totals(), s.amountInWords(),
            s.paymentPurpose(), s.paymentDue(), s.participants());
    String xml = new String(DocumentXml.toBytes(d), StandardCharsets.UTF_8);
    assertTrue(xml.contains("&lt;xsl:value-of"), xml);
    assertFalse(xml.contains("\u0001"), xml);
  }

  @Test
  void theSamplePackDescriptorSchemaCompiles() throws Exception {
    String pack =
        "<templatePack xmlns='urn:backoffice:template-pack:1' id='ru-standard' version='1.0.0' contractVersion='1.0'>"
            + "<name>x</name><font family='DejaVu Sans' file='fonts/DejaVuSans.ttf'/>"
            + "<template kind='INVOICE' locale='ru' stylesheet='xsl/invoice.xsl'/></templatePack>";
    validate(TemplatePackFormat.SCHEMA_RESOURCE, pack.getBytes(StandardCharsets.UTF_8));
    String traversal = pack.replace("xsl/invoice.xsl", "../../etc/passwd");
    assertThrows(
        SAXException.class,
        () -> validate(TemplatePackFormat.SCHEMA_RESOURCE, traversal.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anIspravlenieKeepsKindAndNumberPointsAtTheOriginalDateAndIsValid() throws Exception {
    DocumentData original = SampleDocuments.sample(DocumentKind.UPD, "ru");
    java.time.LocalDate on = original.date().plusDays(9);
    DocumentData fix = original.asFix(1, on);
    assertEquals(original.number(), fix.number());
    assertEquals(on, fix.date());
    assertEquals("FIX", fix.correction().type());
    assertEquals(1, fix.correction().index());
    assertEquals(new DocumentData.Reference(original.number(), original.date()), fix.correction().original());
    assertEquals(original.totals(), fix.totals());
    validate(DocumentXml.SCHEMA_RESOURCE, DocumentXml.toBytes(fix));
    assertThrows(IllegalStateException.class, () -> fix.asFix(2, on), "a correction is corrected from the original data");
    assertThrows(IllegalArgumentException.class, () -> original.asFix(0, on));
  }
}
