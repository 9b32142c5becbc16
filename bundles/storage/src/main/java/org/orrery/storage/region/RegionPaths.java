package org.orrery.storage.region;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.orrery.common.path.PartialPath;
import org.orrery.storage.file.FileKind;

/**
 * Where a region keeps its files (ARCHITECTURE.md §5):
 * {@code <data>/data/{sequence,unsequence}/<database>/<region>/<partition>/} and
 * {@code <data>/wal/<database>-<region>/}.
 */
record RegionPaths(Path sequence, Path unsequence, Path wal) {
  static RegionPaths of(Path dataDir, PartialPath database, int regionId) {
    String db = DirNames.encode(database);
    Path data = dataDir.resolve("data");
    return new RegionPaths(
        data.resolve(FileKind.SEQUENCE.directory()).resolve(db).resolve(Integer.toString(regionId)),
        data.resolve(FileKind.UNSEQUENCE.directory()).resolve(db).resolve(Integer.toString(regionId)),
        dataDir.resolve("wal").resolve(db + "-" + regionId));
  }

  Path root(FileKind kind) {
    return kind == FileKind.SEQUENCE ? sequence : unsequence;
  }

  Path partition(FileKind kind, long partition) {
    return root(kind).resolve(Long.toString(partition));
  }

  void deleteAll() throws IOException {
    for (Path p : new Path[] {sequence, unsequence, wal}) {
      deleteTree(p);
      Path parent = p.getParent();
      if (parent != null && Files.isDirectory(parent) && isEmpty(parent) && p != wal) {
        Files.delete(parent);
      }
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
