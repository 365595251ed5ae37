package dev.backoffice.infrastructure.rendering;

import dev.backoffice.domain.model.shared.InvalidInputException;
import dev.backoffice.plugin.api.document.DocumentData;
import dev.backoffice.plugin.api.document.DocumentKind;
import dev.backoffice.plugin.api.document.TemplatePackFormat;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A pack's {@code pack.xml}, validated against {@code template-pack-1.xsd} and against the pack's own files. */
record PackDescriptor(
    String id, String version, String contractVersion, String name, List<Font> fonts, List<TemplateFile> templates) {

  record Font(String family, String file, String weight, String style) {}

  record TemplateFile(DocumentKind kind, String locale, String stylesheet) {}

  private static final Schema SCHEMA = loadSchema();

  private static Schema loadSchema() {
    try {
      return SecureXml.schemaFactory().newSchema(PackDescriptor.class.getResource(TemplatePackFormat.SCHEMA_RESOURCE));
    } catch (SAXException e) {
      throw new IllegalStateException("Cannot load the template pack schema", e);
    }
  }

  static PackDescriptor parse(PackArchive archive) {
    byte[] xml = archive.file(TemplatePackFormat.DESCRIPTOR);
    if (xml == null) {
      throw new InvalidInputException("templatePack.noDescriptor", "file");
    }
    Document doc;
    try {
      doc = SecureXml.documentBuilderFactory().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
      SCHEMA.newValidator().validate(new DOMSource(doc));
    } catch (SAXException e) {
      throw new InvalidInputException("templatePack.badDescriptor", "file", shorten(e.getMessage()));
    } catch (Exception e) {
      throw new InvalidInputException("templatePack.badDescriptor", "file", shorten(String.valueOf(e.getMessage())));
    }
    Element root = doc.getDocumentElement();
    String contract = root.getAttribute("contractVersion");
    checkContractVersion(contract);
    List<Font> fonts = new ArrayList<>();
    List<TemplateFile> templates = new ArrayList<>();
    String name = "";
    Set<String> seen = new HashSet<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      switch (e.getLocalName()) {
        case "name" -> name = e.getTextContent().strip();
        case "font" -> {
          String file = e.getAttribute("file");
          requireFile(archive, file);
          String ext = PackArchive.extension(file);
          if (!ext.equals("ttf") && !ext.equals("otf")) {
            throw new InvalidInputException("templatePack.badFont", "file", file);
          }
          fonts.add(
              new Font(
                  e.getAttribute("family"),
                  file,
                  e.getAttribute("weight").isEmpty() ? "normal" : e.getAttribute("weight"),
                  e.getAttribute("style").isEmpty() ? "normal" : e.getAttribute("style")));
        }
        case "template" -> {
          DocumentKind kind = DocumentKind.valueOf(e.getAttribute("kind"));
          String locale = e.getAttribute("locale");
          if (!seen.add(kind + "/" + locale)) {
            throw new InvalidInputException("templatePack.duplicateTemplate", "file", kind, locale);
          }
          String stylesheet = e.getAttribute("stylesheet");
          requireFile(archive, stylesheet);
          templates.add(new TemplateFile(kind, locale, stylesheet));
        }
        default -> {}
      }
    }
    return new PackDescriptor(
        root.getAttribute("id"), root.getAttribute("version"), contract, name, List.copyOf(fonts),
        List.copyOf(templates));
  }

  /** Same major as the host's contract, minor not above it. */
  static void checkContractVersion(String packVersion) {
    String[] pack = packVersion.split("\\.");
    String[] host = DocumentData.CONTRACT_VERSION.split("\\.");
    boolean ok =
        pack.length == 2
            && pack[0].equals(host[0])
            && Integer.parseInt(pack[1]) <= Integer.parseInt(host[1]);
    if (!ok) {
      throw new InvalidInputException(
          "templatePack.contractVersion", "file", packVersion, DocumentData.CONTRACT_VERSION);
    }
  }

  private static void requireFile(PackArchive archive, String path) {
    PackArchive.checkPath(path);
    if (archive.file(path) == null) {
      throw new InvalidInputException("templatePack.missingFile", "file", path);
    }
  }

  static String shorten(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }
}
