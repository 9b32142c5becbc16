package org.orrery.storage.flush;

import java.nio.file.Path;
import java.util.List;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.storage.file.FileKind;
import org.orrery.storage.file.TsFileResource;
import org.orrery.tsfile.write.WriterOptions;

/** What the flush pipeline needs from the region whose generation it flushes. */
public interface FlushTarget {
  /**
   * The partition of a timestamp; non-decreasing in time (a later time is never in an earlier
   * partition), which lets the flush find partition boundaries in sorted rows by bisection.
   */
  long partitionOf(long time);

  /** The path of a new TsFile of {@code kind} in {@code partition} for {@code version}. */
  Path newFilePath(FileKind kind, long partition, long version);

  CodecRegistry codecs();

  WriterOptions writerOptions();

  /**
   * The WAL checkpoint to record in the generation's resource files: below it every entry is in
   * a flushed file. It is the generation's own checkpoint unless an older generation failed to
   * flush and still needs its segments.
   */
  long safeCheckpoint(FlushGeneration generation);

  /** Publishes the generation's files and drops its memtables. */
  void commitFlush(FlushGeneration generation, List<TsFileResource> files);

  /** The generation could not be written; its memtables stay readable and its WAL stays. */
  void flushFailed(FlushGeneration generation, Throwable error);
}
