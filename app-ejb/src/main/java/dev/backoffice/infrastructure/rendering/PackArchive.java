package dev.backoffice.infrastructure.rendering;

import dev.backoffice.domain.model.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The files of a pack archive (zip or jar), read into memory under hard limits: archive size, number of entries, size
 * of each file and of all files (counted while inflating, never trusted from the headers), paths that stay inside the
 * pack, and an allow-list of file types. {@code META-INF/} (a jar's manifest) is ignored. A pack zipped together with
 * its folder ({@code my-pack/pack.xml}) is accepted as if zipped from inside the folder.
 */
final class PackArchive {

  static final int MAX_ARCHIVE_BYTES = 10 * 1024 * 1024;
  static final int MAX_ENTRIES = 200;
  static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
  static final int MAX_TOTAL_BYTES = 24 * 1024 * 1024;

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}");
  private static final Set<String> TYPES =
      Set.of("xml", "xsl", "xslt", "ttf", "otf", "png", "jpg", "jpeg", "gif", "txt", "md");

  private final Map<String, byte[]> files;

  private PackArchive(Map<String, byte[]> files) {
    this.files = files;
  }

  Map<String, byte[]> files() {
    return files;
  }

  byte[] file(String path) {
    return files.get(path);
  }

  static PackArchive read(byte[] archive) {
    if (archive == null || archive.length == 0) {
      throw new InvalidInputException("templatePack.empty", "file");
    }
    if (archive.length > MAX_ARCHIVE_BYTES) {
      throw new InvalidInputException("templatePack.tooLarge", "file", MAX_ARCHIVE_BYTES / (1024 * 1024));
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    Set<String> lowerCase = new HashSet<>();
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new InvalidInputException("templatePack.tooManyEntries", "file", MAX_ENTRIES);
        }
        String name = e.getName();
        checkPath(name);
        if (e.isDirectory() || name.startsWith("META-INF/")) {
          continue;
        }
        String type = extension(name);
        if (!TYPES.contains(type)) {
          throw new InvalidInputException("templatePack.fileType", "file", name);
        }
        if (!lowerCase.add(name.toLowerCase(Locale.ROOT))) {
          throw new InvalidInputException("templatePack.duplicateEntry", "file", name);
        }
        byte[] content = readLimited(zip, name, MAX_TOTAL_BYTES - total);
        total += content.length;
        files.put(name, content);
      }
    } catch (ZipException ex) {
      throw new InvalidInputException("templatePack.notAZip", "file");
    } catch (IOException ex) {
      throw new InvalidInputException("templatePack.notAZip", "file");
    }
    if (entries == 0) {
      throw new InvalidInputException("templatePack.notAZip", "file");
    }
    return new PackArchive(unwrapFolder(files));
  }

  /** {@code folder/pack.xml} with everything under {@code folder/} → the same files without the folder. */
  private static Map<String, byte[]> unwrapFolder(Map<String, byte[]> files) {
    if (files.containsKey("pack.xml")) {
      return files;
    }
    String prefix = null;
    for (String name : files.keySet()) {
      int slash = name.indexOf('/');
      String top = slash < 0 ? "" : name.substring(0, slash + 1);
      if (prefix == null) {
        prefix = top;
      } else if (!prefix.equals(top)) {
        return files;
      }
    }
    if (prefix == null || prefix.isEmpty() || !files.containsKey(prefix + "pack.xml")) {
      return files;
    }
    Map<String, byte[]> unwrapped = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      unwrapped.put(f.getKey().substring(prefix.length()), f.getValue());
    }
    return unwrapped;
  }

  /** Relative, forward slashes, plain segments only: no {@code ..}, no drive letters, no absolute paths. */
  static void checkPath(String name) {
    String n = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    if (n.isEmpty() || n.length() > 200 || n.startsWith("/") || n.contains("\\") || n.contains(":")) {
      throw new InvalidInputException("templatePack.badPath", "file", printable(name));
    }
    for (String segment : n.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.equals(".")) {
        throw new InvalidInputException("templatePack.badPath", "file", printable(name));
      }
    }
  }

  /** Resolves {@code relative} against the folder of {@code base} inside the pack; null when it leaves the pack. */
  static String resolve(String base, String relative) {
    if (relative == null || relative.isEmpty() || relative.contains(":") || relative.startsWith("/")
        || relative.contains("\\")) {
      return null;
    }
    String folder = base == null || !base.contains("/") ? "" : base.substring(0, base.lastIndexOf('/') + 1);
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (String s : (folder + relative).split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(s);
      }
    }
    return String.join("/", parts);
  }

  private static byte[] readLimited(InputStream in, String name, long totalLeft) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    int n;
    while ((n = in.read(buffer)) > 0) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_FILE_BYTES) {
        throw new InvalidInputException("templatePack.entryTooLarge", "file", name, MAX_FILE_BYTES / (1024 * 1024));
      }
      if (out.size() > totalLeft) {
        throw new InvalidInputException("templatePack.tooLargeUnpacked", "file", MAX_TOTAL_BYTES / (1024 * 1024));
      }
    }
    return out.toByteArray();
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String printable(String s) {
    String t = s.replaceAll("\\p{Cntrl}", "?");
    return t.length() > 80 ? t.substring(0, 80) + "…" : t;
  }
}
