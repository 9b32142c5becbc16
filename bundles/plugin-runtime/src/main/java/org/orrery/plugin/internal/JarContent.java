package org.orrery.plugin.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A jar read fully into memory and checked: every entry decompresses with a valid CRC. Plugin jars
 * are small; the total is bounded so a hostile file cannot exhaust memory.
 */
final class JarContent {
  static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
  static final String SERVICES_PREFIX = "META-INF/services/";

  private final Manifest manifest;
  private final Map<String, byte[]> entries;

  private JarContent(Manifest manifest, Map<String, byte[]> entries) {
    this.manifest = manifest;
    this.entries = entries;
  }

  /**
   * Reads a jar.
   *
   * @throws PluginException "corrupt jar: ..." when it is not a readable zip with entries
   */
  static JarContent read(byte[] bytes) throws PluginException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    Manifest manifest = null;
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      byte[] buf = new byte[8192];
      while ((entry = zip.getNextEntry()) != null) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n;
        while ((n = zip.read(buf)) > 0) {
          total += n;
          if (total > MAX_TOTAL_BYTES) {
            throw new PluginException("jar too large: more than " + MAX_TOTAL_BYTES
                + " bytes uncompressed");
          }
          out.write(buf, 0, n);
        }
        if (entry.isDirectory()) {
          continue;
        }
        if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
          manifest = new Manifest(new ByteArrayInputStream(out.toByteArray()));
        } else {
          entries.put(entry.getName(), out.toByteArray());
        }
      }
    } catch (ZipException e) {
      throw new PluginException("corrupt jar: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new PluginException("corrupt jar: " + e.getMessage(), e);
    }
    if (entries.isEmpty() && manifest == null) {
      throw new PluginException("corrupt jar: no zip entries could be read");
    }
    return new JarContent(manifest == null ? new Manifest() : manifest, entries);
  }

  Manifest manifest() {
    return manifest;
  }

  Map<String, byte[]> entries() {
    return entries;
  }

  String mainAttribute(String name) {
    String value = manifest.getMainAttributes().getValue(name);
    return value == null ? null : value.trim();
  }

  /** Dotted names of the packages that hold classes in this jar. */
  TreeSet<String> containedPackages() {
    TreeSet<String> packages = new TreeSet<>();
    for (String name : entries.keySet()) {
      if (name.endsWith(".class")) {
        int slash = name.lastIndexOf('/');
        if (slash > 0 && !name.startsWith("META-INF/")) {
          packages.add(name.substring(0, slash).replace('/', '.'));
        }
      }
    }
    return packages;
  }

  /** Implementation class names listed in {@code META-INF/services/<service>}, comments removed. */
  List<String> serviceProviders(String service) {
    byte[] content = entries.get(SERVICES_PREFIX + service);
    List<String> classes = new ArrayList<>();
    if (content == null) {
      return classes;
    }
    for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
      int hash = line.indexOf('#');
      String cls = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (!cls.isEmpty()) {
        classes.add(cls);
      }
    }
    return classes;
  }

  /** This jar's bytes with {@code newManifest} in place of its manifest. */
  byte[] withManifest(Manifest newManifest) throws IOException {
    newManifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(bytes, newManifest)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        String name = e.getKey();
        if (isSignatureFile(name)) {
          continue; // the manifest changes, so signatures would no longer verify
        }
        out.putNextEntry(new ZipEntry(name));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static boolean isSignatureFile(String name) {
    String upper = name.toUpperCase();
    return upper.startsWith("META-INF/")
        && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
            || upper.endsWith(".EC"));
  }
}
