package dev.backoffice.plugin.api.document;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@link DocumentData} as the XML of contract version 1 (see {@code document-1.xsd} next to this class).
 * Dates are ISO ({@code 2026-11-26}); amounts are plain decimals with two places ({@code 61000.00}); templates format
 * them for print. Absent optional values are absent elements, never empty ones.
 */
public final class DocumentXml {

  /** Classpath location of the schema. */
  public static final String SCHEMA_RESOURCE = "/dev/backoffice/plugin/api/document/document-1.xsd";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private DocumentXml() {}

  /** The document as UTF-8 XML bytes. */
  public static byte[] toBytes(DocumentData d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    write(d, out);
    return out.toByteArray();
  }

  /** Writes the document as UTF-8 XML. */
  public static void write(DocumentData d, OutputStream out) {
    try {
      XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setDefaultNamespace(DocumentData.NAMESPACE);
      w.writeStartElement(DocumentData.NAMESPACE, "document");
      w.writeDefaultNamespace(DocumentData.NAMESPACE);
      w.writeAttribute("contractVersion", DocumentData.CONTRACT_VERSION);
      w.writeAttribute("kind", d.kind().name());
      w.writeAttribute("locale", d.locale());
      text(w, "number", d.number());
      date(w, "date", d.date());
      if (d.correction() != null) {
        w.writeStartElement("correction");
        w.writeAttribute("type", d.correction().type());
        w.writeAttribute("index", Integer.toString(d.correction().index()));
        reference(w, "original", d.correction().original());
        w.writeEndElement();
      }
      text(w, "currency", d.currency());
      party(w, "seller", d.seller());
      party(w, "buyer", d.buyer());
      if (d.event() != null) {
        w.writeStartElement("event");
        text(w, "name", d.event().name());
        date(w, "startsOn", d.event().startsOn());
        date(w, "endsOn", d.event().endsOn());
        text(w, "venue", d.event().venue());
        w.writeEndElement();
      }
      reference(w, "contract", d.contract());
      reference(w, "invoice", d.invoice());
      w.writeStartElement("lines");
      for (DocumentData.Line l : d.lines()) {
        w.writeStartElement("line");
        w.writeAttribute("no", Integer.toString(l.no()));
        text(w, "name", l.name());
        text(w, "unitCode", l.unitCode());
        text(w, "unitName", l.unitName());
        decimal(w, "quantity", l.quantity());
        decimal(w, "price", l.price());
        decimal(w, "amountWithoutVat", l.amountWithoutVat());
        text(w, "vatRate", l.vatRate());
        decimal(w, "vatAmount", l.vatAmount());
        decimal(w, "amount", l.amount());
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeStartElement("vat");
      w.writeAttribute("mode", d.vat().mode());
      if (d.vat().rate() != null) {
        w.writeAttribute("rate", d.vat().rate().stripTrailingZeros().toPlainString());
      }
      text(w, "exemptionReason", d.vat().exemptionReason());
      w.writeEndElement();
      w.writeStartElement("totals");
      decimal(w, "amountWithoutVat", d.totals().amountWithoutVat());
      decimal(w, "vat", d.totals().vat());
      decimal(w, "amount", d.totals().amount());
      w.writeEndElement();
      text(w, "amountInWords", d.amountInWords());
      text(w, "paymentPurpose", d.paymentPurpose());
      date(w, "paymentDue", d.paymentDue());
      if (!d.participants().isEmpty()) {
        w.writeStartElement("participants");
        for (DocumentData.Participant p : d.participants()) {
          w.writeStartElement("participant");
          text(w, "name", p.name());
          text(w, "jobTitle", p.jobTitle());
          text(w, "email", p.email());
          w.writeEndElement();
        }
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the document XML", e);
    }
  }

  private static void party(XMLStreamWriter w, String name, DocumentData.Party p) throws XMLStreamException {
    w.writeStartElement(name);
    text(w, "fullName", p.fullName());
    text(w, "shortName", p.shortName());
    text(w, "inn", p.inn());
    text(w, "kpp", p.kpp());
    text(w, "ogrn", p.ogrn());
    text(w, "legalAddress", p.legalAddress());
    text(w, "postalAddress", p.postalAddress());
    if (p.bank() != null) {
      w.writeStartElement("bank");
      text(w, "name", p.bank().bankName());
      text(w, "bik", p.bank().bik());
      text(w, "correspondentAccount", p.bank().correspondentAccount());
      text(w, "account", p.bank().account());
      w.writeEndElement();
    }
    signatory(w, "signatory", p.signatory());
    signatory(w, "chiefAccountant", p.chiefAccountant());
    text(w, "email", p.email());
    text(w, "phone", p.phone());
    w.writeEndElement();
  }

  private static void signatory(XMLStreamWriter w, String name, DocumentData.Signatory s)
      throws XMLStreamException {
    if (s == null) {
      return;
    }
    w.writeStartElement(name);
    text(w, "position", s.position());
    text(w, "name", s.name());
    text(w, "basis", s.basis());
    text(w, "powerOfAttorneyNumber", s.powerOfAttorneyNumber());
    date(w, "powerOfAttorneyDate", s.powerOfAttorneyDate());
    w.writeEndElement();
  }

  private static void reference(XMLStreamWriter w, String name, DocumentData.Reference r)
      throws XMLStreamException {
    if (r == null) {
      return;
    }
    w.writeStartElement(name);
    text(w, "number", r.number());
    date(w, "date", r.date());
    w.writeEndElement();
  }

  private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    if (value == null || value.isBlank()) {
      return;
    }
    w.writeStartElement(name);
    w.writeCharacters(stripControl(value));
    w.writeEndElement();
  }

  private static void date(XMLStreamWriter w, String name, LocalDate value) throws XMLStreamException {
    if (value != null) {
      text(w, name, value.toString());
    }
  }

  private static void decimal(XMLStreamWriter w, String name, BigDecimal value) throws XMLStreamException {
    if (value != null) {
      text(w, name, value.toPlainString());
    }
  }

  /** XML 1.0 cannot carry most control characters; user input may contain them. Tabs and newlines stay. */
  static String stripControl(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
      if (bad) {
        if (b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
