package dev.backoffice.infrastructure.rendering;

import dev.backoffice.application.BuiltInTemplatePacks;
import dev.backoffice.application.DocumentRenderer;
import dev.backoffice.domain.model.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The packs installed with the server: every {@code *.jar} or {@code *.zip} in the template packs folder
 * ({@code backoffice.template-packs.dir}), read once on first use and checked exactly like an upload. A pack that
 * fails, or repeats an id@version already seen, is listed with its reason and never used; it never stops the server.
 */
@ApplicationScoped
public class FolderTemplatePacks implements BuiltInTemplatePacks {

  private static final Logger LOG = Logger.getLogger(FolderTemplatePacks.class.getName());

  @Inject
  @ConfigProperty(name = "backoffice.template-packs.dir", defaultValue = "")
  String folder;

  @Inject DocumentRenderer renderer;

  private volatile List<Installed> installed;

  @Override
  public List<Installed> list() {
    List<Installed> list = installed;
    if (list == null) {
      synchronized (this) {
        if (installed == null) {
          installed = load();
        }
        list = installed;
      }
    }
    return list;
  }

  @Override
  public Optional<Installed> find(String id, String version) {
    return list().stream()
        .filter(p -> p.info() != null && p.info().id().equals(id) && p.info().version().equals(version))
        .findFirst();
  }

  private List<Installed> load() {
    if (folder == null || folder.isBlank()) {
      LOG.warning("No template packs folder is configured (backoffice.template-packs.dir): no built-in packs");
      return List.of();
    }
    Path dir = Path.of(folder);
    if (!Files.isDirectory(dir)) {
      LOG.warning(() -> "The template packs folder " + dir + " does not exist: no built-in packs");
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().matches("(?i).+\\.(jar|zip)"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot list the template packs folder " + dir, e);
      return List.of();
    }
    List<Installed> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        byte[] archive = Files.readAllBytes(file);
        DocumentRenderer.PackInfo info = renderer.inspect(archive);
        if (!seen.add(info.label())) {
          result.add(new Installed(name, null, null, "duplicate pack " + info.label()));
          LOG.warning(() -> "Template pack " + name + " repeats " + info.label() + "; ignored");
          continue;
        }
        result.add(new Installed(name, info, archive, null));
        LOG.info(() -> "Template pack " + info.label() + " installed from " + name + " " + info.templates());
      } catch (DomainException e) {
        String why = e.code() + " " + e.args();
        result.add(new Installed(name, null, null, why));
        LOG.warning(() -> "Template pack " + name + " failed its checks: " + why);
      } catch (IOException | RuntimeException e) {
        result.add(new Installed(name, null, null, String.valueOf(e.getMessage())));
        LOG.log(Level.WARNING, "Template pack " + name + " cannot be read", e);
      }
    }
    return List.copyOf(result);
  }
}
