package org.orrery.storage.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.read.ChunkInfo;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.stats.Statistics;

/**
 * Cuts a stretch where sources overlap into consecutive time windows holding about
 * {@code budget} points each, so merging decodes one window at a time instead of the whole
 * stretch: the memory of a merge is bounded by the window, not by the data that overlaps.
 *
 * <p>Points per window are estimated from what is known without decoding: the chunk statistics
 * (count and time range) of every file, assumed uniform inside a chunk, and the exact times of
 * memtable snapshots. Estimates only move the cut points; any cut is correct.
 */
public final class MergeWindows {
  /** Decoded points per window, summed over sources and measurements. */
  public static final int BUDGET = 1 << 18;

  /** A known amount of points spread over {@code [start, end]}. */
  private record Piece(long start, long end, long count) {
    /** Estimated points of the piece at or before {@code time}. */
    double before(long time) {
      if (time < start) {
        return 0;
      }
      if (time >= end) {
        return count;
      }
      return count * ((double) (time - start) + 1) / ((double) (end - start) + 1);
    }
  }

  private MergeWindows() {}

  /** Window bounds {@code [start_i, end_i]}, ascending, covering {@code [start, end]} without gaps. */
  static List<long[]> cut(ScanContext scan, List<ReadSource> sources, long start, long end, int budget)
      throws IOException {
    List<Piece> pieces = new ArrayList<>();
    TreeSet<Long> candidates = new TreeSet<>();
    double total = 0;
    for (ReadSource s : sources) {
      if (s instanceof ReadSource.Memory m) {
        for (SeriesPoints p : m.series()) {
          long[] times = p.times();
          // Every budget/4-th time is a cut candidate; pieces between them are exact counts.
          int step = Math.max(1, budget / 4);
          for (int i = 0; i < p.size(); i += step) {
            int last = Math.min(p.size(), i + step) - 1;
            pieces.add(new Piece(times[i], times[last], last - i + 1));
            candidates.add(times[last]);
          }
          total += p.size();
        }
      } else {
        total += filePieces(scan, (ReadSource.File) s, pieces, candidates, budget);
      }
    }
    List<long[]> out = new ArrayList<>();
    if (total <= budget) {
      out.add(new long[] {start, end});
      return out;
    }
    long windowStart = start;
    double used = 0;
    for (long cut : candidates) {
      if (cut < windowStart || cut >= end) {
        continue;
      }
      double upTo = 0;
      for (Piece p : pieces) {
        upTo += p.before(cut);
      }
      if (upTo - used >= budget) {
        out.add(new long[] {windowStart, cut});
        windowStart = cut + 1;
        used = upTo;
      }
    }
    out.add(new long[] {windowStart, end});
    return out;
  }

  /** Adds a file's chunks of the queried measurements as pieces; returns their point count. */
  private static long filePieces(ScanContext scan, ReadSource.File f, List<Piece> pieces,
      TreeSet<Long> candidates, int budget) throws IOException {
    TsFileReader reader = scan.reader(f.file());
    DeviceId id = DeviceId.parse(scan.query().device().toString());
    long total = 0;
    for (String m : scan.query().measurements()) {
      for (ChunkInfo c : reader.chunks(id, m)) {
        Statistics s = c.statistics();
        if (s.count() == 0) {
          continue;
        }
        pieces.add(new Piece(s.startTime(), s.endTime(), s.count()));
        total += s.count();
        // A chunk larger than a window gets cut candidates inside it.
        long parts = Math.max(1, 2 * s.count() / Math.max(1, budget));
        long width = s.endTime() - s.startTime();
        for (long k = 1; k <= parts; k++) {
          candidates.add(s.startTime() + (long) (width * ((double) k / parts)));
        }
      }
    }
    return total;
  }
}
