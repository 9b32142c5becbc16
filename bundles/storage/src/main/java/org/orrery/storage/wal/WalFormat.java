package org.orrery.storage.wal;

import java.nio.charset.StandardCharsets;

/**
 * Constants of the WAL segment format (see FORMAT.md). Every value here is persisted: never change
 * one, add new ids instead.
 */
public final class WalFormat {
  private WalFormat() {}

  /** First bytes of every segment file. Persisted. */
  public static final byte[] MAGIC = "OWAL".getBytes(StandardCharsets.US_ASCII);

  /** Segment format version written by this code. Persisted. */
  public static final byte FORMAT_VERSION = 1;

  /** magic + version byte + segment id (int64). */
  public static final int HEADER_BYTES = MAGIC.length + 1 + 8;

  /** Per entry before the payload: length (int32) + CRC32C (int32) + entry type (byte). */
  public static final int ENTRY_OVERHEAD = 9;

  /** Entry type of an inserted {@code WriteBatch}. Persisted id. */
  public static final byte ENTRY_WRITE_BATCH = 1;

  /** Entry type of a deletion of a time range of measurements. Persisted id. */
  public static final byte ENTRY_DELETE = 2;

  /**
   * Entry type of an inserted {@code WriteBatch} that names encodings or compressors for some of
   * its series: the WRITE_BATCH payload followed by the codec names. Persisted id.
   */
  public static final byte ENTRY_WRITE_BATCH_WITH_CODECS = 3;

  /** Larger entries are treated as a torn or corrupt length field. */
  public static final int MAX_ENTRY_BYTES = 1 << 30;

  /** File name suffix of segments; the name is the zero-padded segment id. */
  public static final String SUFFIX = ".wal";

  public static String fileName(long segmentId) {
    return String.format("%020d%s", segmentId, SUFFIX);
  }

  /** The segment id in {@code name}, or -1 when it is not a segment file name. */
  public static long parseId(String name) {
    if (!name.endsWith(SUFFIX) || name.length() != 20 + SUFFIX.length()) {
      return -1;
    }
    try {
      return Long.parseLong(name.substring(0, 20));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
