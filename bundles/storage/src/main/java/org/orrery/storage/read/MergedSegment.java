package org.orrery.storage.read;

import java.io.IOException;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.engine.storage.Segment;

/**
 * A window of a stretch where several sources overlap (or a memtable): every source's visible
 * points inside the window are loaded and merged per series, the newest version winning on equal
 * timestamps. Windows are cut by {@link MergeWindows}, which bounds what one decode holds.
 * Statistics are never offered: the stored ones do not describe the merged result.
 */
final class MergedSegment implements Segment {
  private final ScanContext scan;
  private final List<ReadSource> sources;
  private final long start;
  private final long end;

  /** @param sources ordered oldest first */
  MergedSegment(ScanContext scan, List<ReadSource> sources, long start, long end) {
    this.scan = scan;
    this.sources = sources;
    this.start = start;
    this.end = end;
  }

  @Override
  public long startTime() {
    return start;
  }

  @Override
  public long endTime() {
    return end;
  }

  @Override
  public SeriesStatistics[] statistics() {
    return null;
  }

  @Override
  public Block decode() throws IOException {
    return load(true);
  }

  @Override
  public Block decodeTimes() throws IOException {
    return load(false);
  }

  private Block load(boolean withValues) throws IOException {
    int n = scan.query().measurements().size();
    SeriesPoints[] merged = new SeriesPoints[n];
    for (int i = 0; i < n; i++) {
      merged[i] = SeriesPoints.empty(scan.query().types().get(i));
    }
    for (ReadSource s : sources) {
      SeriesPoints[] points;
      if (s instanceof ReadSource.Memory m) {
        points = new SeriesPoints[n];
        for (int i = 0; i < n; i++) {
          points[i] = m.series()[i].between(start, end);
          if (!withValues) {
            points[i] = points[i].timesOnly();
          }
        }
      } else {
        ReadSource.File f = (ReadSource.File) s;
        points = FileSeriesLoader.load(scan.reader(f.file()), scan.query().device(),
            scan.query().measurements(), scan.query().types(), start, end, scan.intervals(),
            f.deletions(), withValues);
      }
      for (int i = 0; i < n; i++) {
        merged[i] = SeriesPoints.merge(merged[i], points[i]);
      }
    }
    return RowAssembler.assemble(merged, scan.query().ascending());
  }
}
