package org.orrery.storage.compaction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.common.path.PartialPath;
import org.orrery.storage.file.FileKind;
import org.orrery.storage.file.TsFileResource;
import org.orrery.tsfile.write.WriterOptions;

/** What compaction needs from the region whose files it merges. */
public interface CompactionHost {
  PartialPath database();

  /** The region's directory for files of {@code kind} (compaction logs live in the sequence one). */
  Path root(FileKind kind);

  /** A snapshot of the region's files of {@code kind}, oldest version first. */
  List<TsFileResource> files(FileKind kind);

  /** Points before this time are expired (TTL); {@code Long.MIN_VALUE} when none are. */
  long ttlHorizon();

  CodecRegistry codecs();

  WriterOptions writerOptions();

  /** A path for a new file that no current file uses. */
  Path uniqueFilePath(FileKind kind, long partition, long version, int level, int cross);

  /**
   * Replaces {@code inputs} with {@code output} (null: the inputs held nothing visible) in one
   * step under the region lock. Tombstones recorded on the inputs after the first
   * {@code seenDeletions} of each (those the merge applied) are carried over to the output.
   * {@code afterInputsDeleted} runs once every input is deleted from disk.
   */
  void commitCompaction(
      List<TsFileResource> inputs, Map<TsFileResource, Integer> seenDeletions,
      TsFileResource output, Runnable afterInputsDeleted) throws IOException;

  /** Removes files whose every point is expired. */
  void dropExpired(List<TsFileResource> expired);
}
