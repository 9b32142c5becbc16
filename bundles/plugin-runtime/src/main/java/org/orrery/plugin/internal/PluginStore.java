package org.orrery.plugin.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.orrery.common.io.AtomicFiles;
import org.orrery.plugin.internal.PluginManifestFormat.CorruptManifestException;

/**
 * Durable plugin state under {@code data/system/plugins/}: the manifest and a copy of every
 * installed jar, stored by digest. The manifest is only ever replaced atomically, and a jar is
 * stored (durably) before the manifest names it, so a crash leaves either the old or the new set
 * of plugins, each with its jar.
 */
final class PluginStore {
  static final String MANIFEST_FILE = "plugins.manifest";

  private final Path root;
  private final Path jars;

  PluginStore(Path root) {
    this.root = root;
    this.jars = root.resolve("jars");
  }

  Path root() {
    return root;
  }

  Path manifestPath() {
    return root.resolve(MANIFEST_FILE);
  }

  /** The recorded plugins; empty when there is no manifest yet. */
  List<ManifestEntry> load() throws IOException, CorruptManifestException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(manifestPath());
    } catch (NoSuchFileException e) {
      return List.of();
    }
    return PluginManifestFormat.decode(bytes);
  }

  void save(List<ManifestEntry> entries) throws IOException {
    AtomicFiles.write(manifestPath(), PluginManifestFormat.encode(entries));
  }

  /** Stores a jar under its digest (idempotent) and returns its path. */
  Path storeJar(String sha256, byte[] bytes) throws IOException {
    Path target = jars.resolve(sha256 + ".jar");
    if (!Files.exists(target)) {
      AtomicFiles.write(target, bytes);
    }
    return target;
  }

  byte[] readJar(ManifestEntry entry) throws IOException {
    return Files.readAllBytes(jars.resolve(entry.storedJarName()));
  }

  /** Deletes stored jars that no manifest entry names any more. */
  void deleteUnreferencedJars(List<ManifestEntry> entries) throws IOException {
    if (!Files.isDirectory(jars)) {
      return;
    }
    List<String> keep = entries.stream().map(ManifestEntry::storedJarName).toList();
    try (var files = Files.list(jars)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (!keep.contains(p.getFileName().toString())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
