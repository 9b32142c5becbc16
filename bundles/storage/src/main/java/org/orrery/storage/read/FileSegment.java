package org.orrery.storage.read;

import java.io.IOException;
import org.orrery.common.block.Block;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.engine.storage.Segment;

/**
 * Several series of a device in one file that nothing else overlaps: file-level statistics per
 * series when each is exactly the visible points, else decoding of the file's rows.
 */
final class FileSegment implements Segment {
  private final ScanContext scan;
  private final ReadSource.File source;
  private final SeriesStatistics[] statistics;

  FileSegment(ScanContext scan, ReadSource.File source, SeriesStatistics[] statistics) {
    this.scan = scan;
    this.source = source;
    this.statistics = statistics;
  }

  @Override
  public long startTime() {
    return source.start();
  }

  @Override
  public long endTime() {
    return source.end();
  }

  @Override
  public SeriesStatistics[] statistics() {
    return statistics == null ? null : statistics.clone();
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
        scan.query().measurements(), scan.query().types(), source.start(), source.end(), scan.intervals(),
        source.deletions(), withValues, scan);
    return RowAssembler.assemble(points, scan.query().ascending());
  }
}
