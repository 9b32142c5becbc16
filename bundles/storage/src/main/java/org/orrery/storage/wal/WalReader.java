package org.orrery.storage.wal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.orrery.storage.io.ByteIn;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.io.AtomicFiles;
import org.orrery.common.path.PartialPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a region's WAL at start-up. Entries of each segment are checked by length and CRC32C;
 * the first bad or incomplete entry of the newest segment marks a torn tail (a write cut by the
 * crash, never acknowledged in sync mode) and the segment is truncated there. A bad entry in an
 * older segment cannot come from a crash (segments are synced before the next one starts), so it
 * is reported as corruption.
 */
public final class WalReader {
  private static final Logger LOG = LoggerFactory.getLogger(WalReader.class);

  /** Receives the replayed entries in log order. */
  public interface Sink {
    void accept(WalEntry entry) throws IOException;
  }

  private WalReader() {}

  /**
   * Replays every segment of {@code dir} with id {@code >= fromSegment} into {@code sink}.
   *
   * @return the largest segment id seen (or {@code fromSegment - 1} when none)
   */
  public static long replay(Path dir, long fromSegment, PartialPath database, Sink sink)
      throws IOException {
    List<Long> ids = WalSegments.list(dir);
    long last = fromSegment - 1;
    for (int i = 0; i < ids.size(); i++) {
      long id = ids.get(i);
      if (id < fromSegment) {
        continue;
      }
      boolean newest = i == ids.size() - 1;
      replaySegment(dir.resolve(WalFormat.fileName(id)), id, newest, database, sink);
      last = id;
    }
    return last;
  }

  private static void replaySegment(
      Path path, long id, boolean newest, PartialPath database, Sink sink) throws IOException {
    byte[] data = Files.readAllBytes(path);
    ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    if (data.length < WalFormat.HEADER_BYTES) {
      if (!newest) {
        tornOrCorrupt(path, false, 0, "header incomplete (" + data.length + " bytes)");
      }
      // The crash hit while the segment was being created: it holds no entry.
      LOG.warn("{}: segment header incomplete ({} bytes), removing it", path, data.length);
      Files.delete(path);
      AtomicFiles.syncDirectory(path.getParent());
      return;
    }
    byte[] magic = new byte[WalFormat.MAGIC.length];
    buf.get(magic);
    int version = buf.get() & 0xFF;
    long storedId = buf.getLong();
    if (!Arrays.equals(magic, WalFormat.MAGIC)) {
      throw new OrreryException(ErrorCode.CORRUPT_FILE, path + ": not a WAL segment (bad magic)");
    }
    if (version != WalFormat.FORMAT_VERSION) {
      throw new OrreryException(
          ErrorCode.CORRUPT_FILE, path + ": unsupported WAL format version " + version);
    }
    if (storedId != id) {
      throw new OrreryException(
          ErrorCode.CORRUPT_FILE, path + ": header names segment " + storedId + ", not " + id);
    }
    while (buf.hasRemaining()) {
      int start = buf.position();
      if (buf.remaining() < WalFormat.ENTRY_OVERHEAD) {
        tornOrCorrupt(path, newest, start, "entry header incomplete");
        return;
      }
      int length = buf.getInt();
      int crc = buf.getInt();
      if (length < 1 || length > WalFormat.MAX_ENTRY_BYTES || length > buf.remaining()) {
        tornOrCorrupt(path, newest, start, "entry length " + length + " does not fit");
        return;
      }
      CRC32C check = new CRC32C();
      check.update(data, buf.position(), length);
      if ((int) check.getValue() != crc) {
        tornOrCorrupt(path, newest, start, "entry checksum mismatch");
        return;
      }
      int type = data[buf.position()] & 0xFF;
      ByteIn in =
          new ByteIn(ByteBuffer.wrap(data, buf.position() + 1, length - 1), path + "@" + start);
      buf.position(buf.position() + length);
      WalEntry entry;
      try {
        entry = decode(type, in, database);
      } catch (IllegalArgumentException e) {
        throw new OrreryException(
            ErrorCode.CORRUPT_FILE,
            path + ": entry at offset " + start + " has a valid checksum but cannot be decoded: "
                + e.getMessage(),
            e);
      }
      sink.accept(entry);
    }
  }

  private static WalEntry decode(int type, ByteIn in, PartialPath database) {
    switch (type) {
      case WalFormat.ENTRY_WRITE_BATCH:
        return new WalEntry.Write(WalEntryCodec.readBatch(in, database));
      case WalFormat.ENTRY_WRITE_BATCH_WITH_CODECS:
        return new WalEntry.Write(WalEntryCodec.readBatchWithCodecs(in, database));
      case WalFormat.ENTRY_DELETE:
        return WalEntryCodec.readDelete(in);
      default:
        throw new IllegalArgumentException("unknown WAL entry type " + type);
    }
  }

  private static void tornOrCorrupt(Path path, boolean newest, long offset, String problem)
      throws IOException {
    if (!newest) {
      throw new OrreryException(
          ErrorCode.CORRUPT_FILE, path + ": " + problem + " at offset " + offset
              + " in a segment that was complete before the next one started");
    }
    LOG.warn("{}: torn tail at offset {} ({}), truncating", path, offset, problem);
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
      ch.truncate(offset);
      ch.force(true);
    }
    AtomicFiles.syncDirectory(path.getParent());
  }
}
