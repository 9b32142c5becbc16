package org.orrery.storage.wal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Lists the segment files of a WAL directory. */
public final class WalSegments {
  private WalSegments() {}

  /** Segment ids found in {@code dir}, ascending; empty when the directory does not exist. */
  public static List<Long> list(Path dir) throws IOException {
    List<Long> ids = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return ids;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        long id = WalFormat.parseId(f.getFileName().toString());
        if (id >= 0) {
          ids.add(id);
        }
      }
    }
    Collections.sort(ids);
    return ids;
  }
}
