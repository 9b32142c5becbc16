package org.orrery.storage.read;

import java.io.IOException;
import org.orrery.common.block.Block;
import org.orrery.engine.storage.Segment;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.tsfile.read.ChunkPages;
import org.orrery.tsfile.read.SeriesBatch;
import org.orrery.tsfile.read.TimeRange;

/**
 * One page of a single non-aligned series in a file that nothing else overlaps, used when its
 * chunk's statistics cannot answer (a time filter cuts the chunk or a tombstone touches part of
 * it): the page's statistics are offered when they are exactly its visible points, and decoding
 * touches only this page.
 */
final class PageSegment implements Segment {
  private final ScanContext scan;
  private final ReadSource.File source;
  private final ChunkPages pages;
  private final int page;
  private final long start;
  private final long end;
  private final SeriesStatistics statistics;

  PageSegment(ScanContext scan, ReadSource.File source, ChunkPages pages, int page, long start,
      long end, SeriesStatistics statistics) {
    this.scan = scan;
    this.source = source;
    this.pages = pages;
    this.page = page;
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
    // Cut the page to the query's span by binary search in the reader; points between several
    // intervals are dropped by visible().
    Intervals intervals = scan.intervals();
    long from = intervals.isEmpty() ? start : Math.max(start, intervals.start());
    long to = intervals.isEmpty() ? end : Math.min(end, intervals.end());
    if (from > to) {
      return RowAssembler.assemble(new SeriesPoints[] {SeriesPoints.empty(scan.query().types().get(0))},
          scan.query().ascending());
    }
    TimeRange range = TimeRange.of(from, to);
    SeriesBatch b = withValues ? pages.decode(page, range) : pages.decodeTimes(page, range);
    SeriesPoints points = FileSeriesLoader.fromTsFileColumn(scan.query().types().get(0), b.times(),
        b.values(), b.size());
    points = FileSeriesLoader.visible(points, scan.query().device(),
        scan.query().measurements().get(0), intervals, source.deletions());
    return RowAssembler.assemble(new SeriesPoints[] {points}, scan.query().ascending());
  }
}
