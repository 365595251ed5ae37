package dev.backoffice.plugin.api.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

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

  /**
   * The lines of a document written by {@link #write} (a stored data snapshot): what a корректировка starts from.
   * Parsed without DTDs or external entities.
   *
   * @throws IllegalArgumentException if the bytes are not such a document
   */
  public static List<DocumentData.Line> readLines(byte[] xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
      if (!DocumentData.NAMESPACE.equals(root.getNamespaceURI()) || !"document".equals(root.getLocalName())) {
        throw new IllegalArgumentException("Not a document of " + DocumentData.NAMESPACE);
      }
      Element lines = child(root, "lines");
      List<DocumentData.Line> result = new ArrayList<>();
      for (Node n = lines == null ? null : lines.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && "line".equals(e.getLocalName())) {
          result.add(
              new DocumentData.Line(
                  Integer.parseInt(e.getAttribute("no")), text(e, "name"), text(e, "unitCode"), text(e, "unitName"),
                  decimal(e, "quantity"), decimal(e, "price"), decimal(e, "amountWithoutVat"), text(e, "vatRate"),
                  decimal(e, "vatAmount"), decimal(e, "amount")));
        }
      }
      if (result.isEmpty()) {
        throw new IllegalArgumentException("The document has no lines");
      }
      return List.copyOf(result);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalArgumentException("Cannot read the document XML: " + e.getMessage(), e);
    }
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName()) && DocumentData.NAMESPACE.equals(e.getNamespaceURI())) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent();
  }

  private static BigDecimal decimal(Element parent, String name) {
    String t = text(parent, name);
    return t == null ? null : new BigDecimal(t.strip());
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
        text(w, "reason", d.correction().reason());
        if (!d.correction().changes().isEmpty()) {
          w.writeStartElement("changes");
          for (DocumentData.Change c : d.correction().changes()) {
            w.writeStartElement("change");
            w.writeAttribute("no", Integer.toString(c.after().no()));
            line(w, "before", c.before());
            line(w, "after", c.after());
            totals(w, "increase", c.increase());
            totals(w, "decrease", c.decrease());
            w.writeEndElement();
          }
          w.writeEndElement();
        }
        totals(w, "increase", d.correction().increase());
        totals(w, "decrease", d.correction().decrease());
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
        line(w, "line", l);
      }
      w.writeEndElement();
      w.writeStartElement("vat");
      w.writeAttribute("mode", d.vat().mode());
      if (d.vat().rate() != null) {
        w.writeAttribute("rate", d.vat().rate().stripTrailingZeros().toPlainString());
      }
      text(w, "exemptionReason", d.vat().exemptionReason());
      w.writeEndElement();
      totals(w, "totals", d.totals());
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

  private static void line(XMLStreamWriter w, String name, DocumentData.Line l) throws XMLStreamException {
    w.writeStartElement(name);
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

  private static void totals(XMLStreamWriter w, String name, DocumentData.Totals t) throws XMLStreamException {
    if (t == null) {
      return;
    }
    w.writeStartElement(name);
    decimal(w, "amountWithoutVat", t.amountWithoutVat());
    decimal(w, "vat", t.vat());
    decimal(w, "amount", t.amount());
    w.writeEndElement();
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
    if (p.vatPayer() != null) {
      text(w, "vatPayer", p.vatPayer().toString());
    }
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
    text(w, "positionGenitive", s.positionGenitive());
    text(w, "nameGenitive", s.nameGenitive());
    text(w, "gender", s.gender());
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
