package dev.backoffice.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

class MigrationIndexTest {

  private static final Path ROOT = Path.of("src/main/resources");

  @Test
  void indexListsExactlyTheMigrationFiles() throws IOException {
    List<String> onDisk;
    try (Stream<Path> files = Files.walk(ROOT.resolve("db/migration"))) {
      onDisk =
          files
              .filter(p -> p.toString().endsWith(".sql"))
              .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    List<String> indexed =
        IndexedMigrationResources.readIndex(getClass().getClassLoader()).stream().sorted().toList();
    assertEquals(onDisk, indexed, "db/migration/index.txt must list every migration file and nothing else");
  }

  @Test
  void providerOffersOnlyTheRequestedLocationsAndReadsContent() throws IOException {
    IndexedMigrationResources h2 =
        new IndexedMigrationResources(getClass().getClassLoader(), List.of("db/migration/common", "db/migration/h2"));
    List<String> names = h2.getResources("V", new String[] {".sql"}).stream().map(LoadableResource::getFilename).toList();
    assertEquals(filesIn("common"), names.stream().sorted().toList(), "H2 gets the common migrations only");

    IndexedMigrationResources pg =
        new IndexedMigrationResources(
            getClass().getClassLoader(), List.of("db/migration/common", "db/migration/postgresql"));
    List<LoadableResource> pgResources = List.copyOf(pg.getResources("V", new String[] {".sql"}));
    assertEquals(filesIn("common").size() + filesIn("postgresql").size(), pgResources.size());
    LoadableResource rls =
        pgResources.stream().filter(r -> r.getFilename().equals("V1_1__row_level_security.sql")).findFirst().orElseThrow();
    try (var reader = new java.io.BufferedReader(rls.read())) {
      assertTrue(reader.lines().anyMatch(l -> l.contains("force row level security")));
    }
    assertTrue(pg.getResources("R", new String[] {".sql"}).isEmpty());
  }

  private static List<String> filesIn(String folder) throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("db/migration").resolve(folder))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
    }
  }
}
