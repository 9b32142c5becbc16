package org.orrery.storage.region;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.engine.storage.LastPoint;
import org.orrery.engine.storage.WriteBatch;

/**
 * The newest point per series, once someone asked for it. Writes keep cached entries current
 * (a newer point replaces the entry); series without an entry stay cold, since a write alone
 * cannot know whether older files hold something newer. Deletions drop the entries they touch.
 */
final class LastValueCache {
  record SeriesKey(PartialPath device, String measurement) {}

  private final ConcurrentHashMap<SeriesKey, LastPoint> entries = new ConcurrentHashMap<>();

  LastPoint get(PartialPath device, String measurement) {
    return entries.get(new SeriesKey(device, measurement));
  }

  void put(PartialPath device, String measurement, LastPoint point) {
    entries.put(new SeriesKey(device, measurement), point);
  }

  void onWrite(WriteBatch batch) {
    if (entries.isEmpty()) {
      return;
    }
    for (int c = 0; c < batch.measurements().size(); c++) {
      SeriesKey key = new SeriesKey(batch.device(), batch.measurements().get(c));
      if (!entries.containsKey(key)) {
        continue;
      }
      Column col = batch.columns().get(c);
      int best = -1;
      for (int r = 0; r < batch.rowCount(); r++) {
        if (!col.isNull(r) && (best < 0 || batch.times()[r] >= batch.times()[best])) {
          best = r;
        }
      }
      if (best < 0) {
        continue;
      }
      LastPoint candidate = new LastPoint(batch.times()[best], col.type(), col.get(best));
      entries.computeIfPresent(key, (k, old) ->
          candidate.time() >= old.time() || old.type() != candidate.type() ? candidate : old);
    }
  }

  void invalidate(PartialPath device, Collection<String> measurements) {
    for (String m : measurements) {
      entries.remove(new SeriesKey(device, m));
    }
  }

  void clear() {
    entries.clear();
  }
}
