package org.orrery.query.support;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.LastPoint;
import org.orrery.engine.storage.RegionStatus;
import org.orrery.engine.storage.Segment;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.StorageEngine;
import org.orrery.engine.storage.WriteBatch;

/** Storage that counts the scans it has open, to prove that no query leaves one behind. */
public final class CountingStorage implements StorageEngine {
  private final StorageEngine storage;
  private final AtomicInteger open = new AtomicInteger();

  public CountingStorage(StorageEngine storage) {
    this.storage = storage;
  }

  /** Scans opened and not yet closed. */
  public int openScans() {
    return open.get();
  }

  @Override
  public SeriesSource open(SeriesQuery query) {
    SeriesSource source = storage.open(query);
    open.incrementAndGet();
    return new SeriesSource() {
      private boolean closed;

      @Override
      public Segment next() throws IOException {
        return source.next();
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          open.decrementAndGet();
        }
        source.close();
      }
    };
  }

  @Override
  public void write(WriteBatch batch) {
    storage.write(batch);
  }

  @Override
  public void write(List<WriteBatch> batches) {
    storage.write(batches);
  }

  @Override
  public void delete(PartialPath database, PartialPath device, List<String> measurements, long from, long to) {
    storage.delete(database, device, measurements, from, to);
  }

  @Override
  public void dropDatabase(PartialPath database) {
    storage.dropDatabase(database);
  }

  @Override
  public void setTtl(PartialPath database, long ttlMillis) {
    storage.setTtl(database, ttlMillis);
  }

  @Override
  public Optional<LastPoint> last(PartialPath database, PartialPath device, boolean aligned, String measurement,
      DataType type) {
    return storage.last(database, device, aligned, measurement, type);
  }

  @Override
  public void flush(PartialPath database) {
    storage.flush(database);
  }

  @Override
  public List<RegionStatus> regions() {
    return storage.regions();
  }
}
