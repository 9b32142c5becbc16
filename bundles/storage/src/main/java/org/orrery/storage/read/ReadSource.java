package org.orrery.storage.read;

import java.util.List;
import org.orrery.storage.file.Deletion;
import org.orrery.storage.file.TsFileResource;

/**
 * Data a scan may have to merge: a memtable snapshot or a pinned TsFile, with the time range it
 * covers for the scanned device and its version (newer wins on equal timestamps; on equal
 * versions memory beats unsequence beats sequence).
 */
public sealed interface ReadSource {
  long start();

  long end();

  long version();

  /** Tie-breaker among equal versions. */
  int rank();

  /** Points copied out of a memtable under the region lock, already filtered and cut by tombstones. */
  record Memory(SeriesPoints[] series, long start, long end, long version) implements ReadSource {
    @Override
    public int rank() {
      return 2;
    }
  }

  /** A pinned file; {@code deletions} are its tombstones at the time the scan opened. */
  record File(TsFileResource file, long start, long end, List<Deletion> deletions)
      implements ReadSource {
    @Override
    public long version() {
      return file.version();
    }

    @Override
    public int rank() {
      return file.kind() == org.orrery.storage.file.FileKind.SEQUENCE ? 0 : 1;
    }
  }
}
