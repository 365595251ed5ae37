package dev.backoffice.plugin.api.document;

/** Names of the template pack format, version 1 (see {@code template-pack-1.xsd}). */
public final class TemplatePackFormat {

  /** The descriptor at the root of every pack. */
  public static final String DESCRIPTOR = "pack.xml";

  /** Namespace of the descriptor. */
  public static final String NAMESPACE = "urn:backoffice:template-pack:1";

  /** Classpath location of the descriptor schema. */
  public static final String SCHEMA_RESOURCE = "/dev/backoffice/plugin/api/document/template-pack-1.xsd";

  private TemplatePackFormat() {}
}
