package org.orrery.storage.read;

import java.io.IOException;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.engine.storage.Segment;

/**
 * One chunk of a single series in a file that nothing else overlaps: its statistics are offered
 * when they are exactly the visible points (no tombstone touches the chunk and it lies inside
 * the query's intervals); decoding reads only this chunk (the others are skipped by their
 * statistics).
 */
final class ChunkSegment implements Segment {
  private final ScanContext scan;
  private final ReadSource.File source;
  private final long start;
  private final long end;
  private final SeriesStatistics statistics;

  ChunkSegment(ScanContext scan, ReadSource.File source, long start, long end, SeriesStatistics statistics) {
    this.scan = scan;
    this.source = source;
    this.start = start;
    this.end = end;
    this.statistics = statistics;
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
    return statistics == null ? null : new SeriesStatistics[] {statistics};
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
    SeriesPoints[] points = FileSeriesLoader.load(scan.reader(source.file()), scan.query().device(),
        scan.query().measurements(), scan.query().types(), start, end, scan.intervals(),
        source.deletions(), withValues, scan);
    return RowAssembler.assemble(points, scan.query().ascending());
  }

  static boolean touchedByDeletion(List<org.orrery.storage.file.Deletion> deletions,
      org.orrery.common.path.PartialPath device, String measurement, long start, long end) {
    for (org.orrery.storage.file.Deletion d : deletions) {
      if (d.device().equals(device) && d.measurement().equals(measurement) && d.overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }
}
