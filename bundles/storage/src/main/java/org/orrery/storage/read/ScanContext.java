package org.orrery.storage.read;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.storage.file.TsFileResource;
import org.orrery.tsfile.read.MetadataCache;
import org.orrery.tsfile.read.ReaderOptions;
import org.orrery.tsfile.read.TsFileReader;

/** What the segments of one scan share: the query, its intervals and the readers it opened. */
final class ScanContext implements AutoCloseable {
  private final SeriesQuery query;
  private final Intervals intervals;
  private final CodecRegistry codecs;
  private final ReaderOptions options;
  private final ScanCounters counters;
  private final Map<TsFileResource, TsFileReader> readers = new IdentityHashMap<>();
  /**
   * The array the last times-only decode of a non-aligned series used; the next one decodes into
   * it ({@code Segment.decodeTimes} blocks are only valid until the next such decode).
   */
  private long[] timesBuffer;

  /** @param metadata the engine's cache of parsed file metadata, shared by every scan */
  ScanContext(SeriesQuery query, Intervals intervals, CodecRegistry codecs, ScanCounters counters,
      MetadataCache metadata) {
    this.query = query;
    this.intervals = intervals;
    this.codecs = codecs;
    this.counters = counters;
    this.options = ReaderOptions.defaults().withCounters(counters.tsfile()).withMetadataCache(metadata);
  }

  SeriesQuery query() {
    return query;
  }

  Intervals intervals() {
    return intervals;
  }

  long[] timesBuffer() {
    return timesBuffer;
  }

  void keepTimesBuffer(long[] buffer) {
    timesBuffer = buffer;
  }

  /** The reader of a pinned file, opened on first use and kept until the scan closes. */
  TsFileReader reader(TsFileResource file) throws IOException {
    TsFileReader r = readers.get(file);
    if (r == null) {
      r = TsFileReader.open(file.path(), codecs, options);
      counters.fileOpened();
      readers.put(file, r);
    }
    return r;
  }

  @Override
  public void close() {
    for (TsFileReader r : readers.values()) {
      try {
        r.close();
      } catch (IOException ignored) {
        // Read-only file; nothing is lost by a failed close.
      }
    }
    readers.clear();
  }
}
