package dev.backoffice.infrastructure.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Feeds Flyway the migrations listed in {@code db/migration/index.txt}. Flyway's own class-path scanning cannot list
 * a folder inside a jar nested in an EAR on Liberty ({@code wsjar:}), so the build keeps an index instead; a unit
 * test fails when the index and the folder disagree.
 */
final class IndexedMigrationResources implements ResourceProvider {

  static final String INDEX = "db/migration/index.txt";

  private final ClassLoader classLoader;
  private final List<String> locations;
  private final List<String> entries;

  IndexedMigrationResources(ClassLoader classLoader, List<String> locations) {
    this.classLoader = classLoader;
    this.locations = locations.stream().map(l -> l.endsWith("/") ? l : l + "/").toList();
    this.entries = readIndex(classLoader);
  }

  static List<String> readIndex(ClassLoader classLoader) {
    try (InputStream in = classLoader.getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException("Migration index " + INDEX + " is missing from the class path");
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String l = line.strip();
          if (!l.isEmpty() && !l.startsWith("#")) {
            lines.add(l);
          }
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public LoadableResource getResource(String name) {
    for (String entry : entries) {
      for (String location : locations) {
        if (entry.equals(location + name)) {
          return new Migration(entry, name);
        }
      }
    }
    return null;
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<LoadableResource> found = new ArrayList<>();
    for (String entry : entries) {
      for (String location : locations) {
        if (!entry.startsWith(location)) {
          continue;
        }
        String relative = entry.substring(location.length());
        String filename = relative.substring(relative.lastIndexOf('/') + 1);
        if (!filename.startsWith(prefix)) {
          continue;
        }
        for (String suffix : suffixes) {
          if (filename.endsWith(suffix)) {
            found.add(new Migration(entry, relative));
            break;
          }
        }
      }
    }
    return found;
  }

  private final class Migration extends LoadableResource {

    private final String path;
    private final String relative;

    Migration(String path, String relative) {
      this.path = path;
      this.relative = relative;
    }

    @Override
    public Reader read() {
      try (InputStream in = classLoader.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("Migration " + path + " is listed in the index but missing");
        }
        return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String getAbsolutePath() {
      return path;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return path;
    }

    @Override
    public String getFilename() {
      return relative.substring(relative.lastIndexOf('/') + 1);
    }

    @Override
    public String getRelativePath() {
      return relative;
    }
  }
}
