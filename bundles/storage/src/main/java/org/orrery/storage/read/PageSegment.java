package org.orrery.storage.read;

import java.io.IOException;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
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
    SeriesBatch b = pages.decode(page, TimeRange.of(start, end));
    org.orrery.tsfile.read.Column col = b.values();
    SeriesPoints points = SeriesPoints.fromColumn(b.times(),
        new Column(col.type(), col.values(), null, b.size()), b.size());
    points = FileSeriesLoader.visible(points, scan.query().device(),
        scan.query().measurements().get(0), scan.intervals(), source.deletions());
    return RowAssembler.assemble(new SeriesPoints[] {points}, scan.query().ascending());
  }
}
