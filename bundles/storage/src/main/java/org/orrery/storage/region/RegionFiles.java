package org.orrery.storage.region;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.orrery.storage.file.FileKind;
import org.orrery.storage.file.ModsFile;
import org.orrery.storage.file.ResourceFormat;
import org.orrery.storage.file.TsFileName;
import org.orrery.storage.file.TsFileResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a region's closed TsFiles at start-up. A TsFile without a resource file is the output of
 * a flush that did not finish (its data is still in the WAL) and is deleted, as are leftover
 * temporary files of atomic writes.
 */
final class RegionFiles {
  private static final Logger LOG = LoggerFactory.getLogger(RegionFiles.class);

  private RegionFiles() {}

  static List<TsFileResource> load(Path root, FileKind kind) throws IOException {
    List<TsFileResource> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (DirectoryStream<Path> partitions = Files.newDirectoryStream(root, Files::isDirectory)) {
      for (Path dir : partitions) {
        long partition;
        try {
          partition = Long.parseLong(dir.getFileName().toString());
        } catch (NumberFormatException e) {
          LOG.warn("ignoring unexpected directory {}", dir);
          continue;
        }
        loadPartition(dir, kind, partition, out);
      }
    }
    return out;
  }

  private static void loadPartition(Path dir, FileKind kind, long partition, List<TsFileResource> out)
      throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      files.forEach(entries::add);
    }
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (name.endsWith(".tmp")) {
        Files.deleteIfExists(p);
        continue;
      }
      TsFileName parsed = TsFileName.parse(name);
      if (parsed == null) {
        continue;
      }
      if (!Files.exists(ResourceFormat.pathOf(p))) {
        LOG.info("removing incomplete TsFile {} (no resource file; its data is replayed from the WAL)", p);
        TsFileResource.deleteFiles(p);
        continue;
      }
      ResourceFormat.Content content = ResourceFormat.read(p);
      out.add(new TsFileResource(p, kind, partition, parsed, content.deviceRanges(),
          content.walCheckpoint(), ModsFile.read(p)));
    }
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (name.endsWith(ResourceFormat.SUFFIX) || name.endsWith(ModsFile.SUFFIX)) {
        String tsFile = name.substring(0, name.lastIndexOf('.'));
        if (!Files.exists(dir.resolve(tsFile))) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
