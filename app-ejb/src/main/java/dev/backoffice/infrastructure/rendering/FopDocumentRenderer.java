package dev.backoffice.infrastructure.rendering;

import dev.backoffice.application.DocumentRenderer;
import dev.backoffice.plugin.api.document.DocumentData;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's renderer: one {@link PackRenderer} for the server, with as many render threads as configured
 * ({@code backoffice.render.threads}, default the number of processors), complex-script shaping off unless
 * {@code backoffice.render.complexScripts=true}. FOP's per-page INFO logging is silenced.
 */
@ApplicationScoped
public class FopDocumentRenderer implements DocumentRenderer {

  @Inject
  @ConfigProperty(name = "backoffice.render.threads", defaultValue = "0")
  int threads;

  /** FOP's complex-script shaping (Arabic, Hebrew, Indic); Cyrillic and Latin documents do not need it. */
  @Inject
  @ConfigProperty(name = "backoffice.render.complexScripts", defaultValue = "false")
  boolean complexScripts;

  private PackRenderer renderer;

  @PostConstruct
  void start() {
    Logger.getLogger("org.apache.fop").setLevel(Level.WARNING);
    Logger.getLogger("org.apache.xmlgraphics").setLevel(Level.WARNING);
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    renderer = new PackRenderer(n, complexScripts);
  }

  @PreDestroy
  void stop() {
    renderer.close();
  }

  @Override
  public PackInfo inspect(byte[] archive) {
    return renderer.inspect(archive);
  }

  @Override
  public Rendered render(byte[] archive, DocumentData data, boolean pdfA) {
    return renderer.render(archive, data, pdfA);
  }
}
