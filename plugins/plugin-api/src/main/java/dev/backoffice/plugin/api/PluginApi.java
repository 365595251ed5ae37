package dev.backoffice.plugin.api;

/** Version of the plugin contract that this jar carries; plugins declare the version they were built against. */
public final class PluginApi {

  /** {@code major.minor}: the host accepts plugins with the same major and a minor not above its own. */
  public static final String VERSION = "1.0";

  private PluginApi() {}
}
