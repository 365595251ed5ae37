package dev.backoffice.infrastructure.rendering;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * XML factories chosen explicitly (the JDK's own implementations, never whatever is first on the class path) and
 * locked down: secure processing, no DOCTYPE, no external DTDs, schemas or stylesheets, no extension functions.
 */
final class SecureXml {

  private SecureXml() {}

  /** The JDK's XSLTC with secure processing; stylesheet imports go only through the given resolver. */
  static TransformerFactory transformerFactory() {
    TransformerFactory f = TransformerFactory.newDefaultInstance();
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (TransformerConfigurationException e) {
      throw new IllegalStateException("The XSLT processor refuses secure processing", e);
    }
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    return f;
  }

  static DocumentBuilderFactory documentBuilderFactory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser refuses secure settings", e);
    }
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setNamespaceAware(true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f;
  }

  static SAXParserFactory saxParserFactory() {
    SAXParserFactory f = SAXParserFactory.newDefaultInstance();
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("The XML parser refuses secure settings", e);
    }
    f.setNamespaceAware(true);
    f.setXIncludeAware(false);
    return f;
  }

  static SchemaFactory schemaFactory() {
    SchemaFactory f = SchemaFactory.newDefaultInstance();
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("The schema factory refuses secure settings", e);
    }
    return f;
  }
}
