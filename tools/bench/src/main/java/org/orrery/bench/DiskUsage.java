package org.orrery.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Bytes on disk under a data directory: TsFiles alone and everything. */
record DiskUsage(long tsfileBytes, int tsfileCount, long totalBytes) {

  static DiskUsage of(Path dir) throws IOException {
    long tsfiles = 0;
    int count = 0;
    long total = 0;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        long size;
        try {
          size = Files.size(file);
        } catch (IOException | UncheckedIOException e) {
          // removed by compaction while walking
          continue;
        }
        total += size;
        if (file.getFileName().toString().endsWith(".tsfile")) {
          tsfiles += size;
          count++;
        }
      }
    }
    return new DiskUsage(tsfiles, count, total);
  }
}
