package org.orrery.storage.region;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.orrery.common.block.Block;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.LastPoint;
import org.orrery.engine.storage.Segment;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.TimeInterval;

/**
 * Answers "newest point of a series" from the region's last-value cache, or with a descending
 * scan that stops at the first point and fills the cache. A result computed while the region
 * changed is returned but not cached, so the cache never holds a stale point.
 */
public final class LastValues {
  private LastValues() {}

  public static Optional<LastPoint> last(DataRegion region, PartialPath device, boolean aligned,
      String measurement, DataType type) {
    long horizon = region.ttlHorizon();
    LastPoint cached = region.lastCache().get(device, measurement);
    if (cached != null && cached.type() == type) {
      return cached.time() >= horizon ? Optional.of(cached) : Optional.empty();
    }
    long before = region.mutationCount();
    LastPoint found = null;
    SeriesQuery q = new SeriesQuery(region.database(), device, aligned, List.of(measurement),
        List.of(type), List.of(TimeInterval.ALL), false);
    try (SeriesSource source = region.open(q)) {
      for (Segment s = source.next(); s != null && found == null; s = source.next()) {
        Block b = s.decode();
        for (int r = 0; r < b.rowCount(); r++) {
          if (!b.column(0).isNull(r)) {
            found = new LastPoint(b.time(r), type, b.column(0).get(r));
            break;
          }
        }
      }
    } catch (IOException e) {
      throw new OrreryException(ErrorCode.IO_ERROR,
          "reading the last point of " + device + "." + measurement + " failed: " + e.getMessage(), e);
    }
    if (found != null && region.mutationCount() == before && region.ttlHorizon() == Long.MIN_VALUE) {
      region.lastCache().put(device, measurement, found);
    }
    return Optional.ofNullable(found);
  }
}
