package org.orrery.schema.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only schema log (FORMAT.md): a header with magic and format version, then entries
 * {@code [payload length][CRC32C of payload][payload]}. Opening a log replays it; a torn or
 * damaged tail (short entry, bad length, CRC mismatch, undecodable payload) is cut off with a
 * warning that says where and how much, because everything from the first bad entry on cannot be
 * trusted. Not thread-safe; the engine serialises writers.
 */
final class SchemaLog implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaLog.class);

  /** Persisted: "ORSL", the first four bytes of every schema log. */
  static final int MAGIC = 0x4F52534C;

  /** Persisted: the log format version this code writes and reads. */
  static final int VERSION = 1;

  static final int HEADER_BYTES = 8;
  static final int ENTRY_HEADER_BYTES = 8;

  /** No schema operation comes near this; a larger length means a damaged length field. */
  static final int MAX_PAYLOAD_BYTES = 64 << 20;

  private final Path file;
  private final FileChannel channel;
  private final ByteWriter entry = new ByteWriter(256);
  private final CRC32C crc = new CRC32C();
  private long size;
  private long sizeBeforeLast = -1;
  private long entries;
  private boolean dirty;

  private SchemaLog(Path file, FileChannel channel, long size, long entries) {
    this.file = file;
    this.channel = channel;
    this.size = size;
    this.entries = entries;
  }

  /** Creates an empty log (header only), durably, failing if the file exists. */
  static SchemaLog create(Path file) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).putInt(MAGIC).putInt(VERSION).flip();
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      while (header.hasRemaining()) {
        channel.write(header);
      }
      channel.force(true);
      AtomicFiles.syncDirectory(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return new SchemaLog(file, channel, HEADER_BYTES, 0);
  }

  /**
   * Opens an existing log, hands every valid entry to {@code replay} in order, truncates a
   * damaged tail, and leaves the log ready for appends.
   *
   * @throws OrreryException CORRUPT_FILE when the header is not a schema log of a known version,
   *     or {@code replay} rejects an entry that passed its checksum
   */
  static SchemaLog open(Path file, Consumer<SchemaOp> replay) throws IOException {
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      long fileSize = channel.size();
      if (fileSize < HEADER_BYTES) {
        // Crashed while creating the log: nothing was ever appended to it.
        LOG.warn("schema log {} has a torn header ({} bytes); rewriting it", file, fileSize);
        channel.truncate(0);
        channel.write(ByteBuffer.allocate(HEADER_BYTES).putInt(MAGIC).putInt(VERSION).flip(), 0);
        channel.force(true);
        return new SchemaLog(file, channel, HEADER_BYTES, 0);
      }
      ReplayResult result = replay(file, channel, fileSize, replay);
      if (result.validEnd < fileSize) {
        LOG.warn(
            "schema log {}: dropped {} bytes from offset {} after {} valid entries ({}); {}",
            file,
            fileSize - result.validEnd,
            result.validEnd,
            result.entries,
            result.problem,
            describeTail(channel, result.validEnd, fileSize));
        channel.truncate(result.validEnd);
        channel.force(true);
      }
      channel.position(result.validEnd);
      return new SchemaLog(file, channel, result.validEnd, result.entries);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  Path file() {
    return file;
  }

  /** Number of entries in the log. */
  long entries() {
    return entries;
  }

  /**
   * Appends one operation (not yet forced to disk; see {@link #sync()}). When the write fails the
   * log is cut back to where it was, so a failed append never leaves a torn entry before later
   * ones.
   */
  void append(SchemaOp op) throws IOException {
    entry.reset();
    entry.writeInt(0);
    entry.writeInt(0);
    SchemaOpCodec.encode(op, entry);
    int payload = entry.size() - ENTRY_HEADER_BYTES;
    crc.reset();
    crc.update(entry.array(), ENTRY_HEADER_BYTES, payload);
    entry.putInt(0, payload);
    entry.putInt(4, (int) crc.getValue());
    ByteBuffer buffer = ByteBuffer.wrap(entry.array(), 0, entry.size());
    try {
      long at = size;
      while (buffer.hasRemaining()) {
        at += channel.write(buffer, at);
      }
    } catch (IOException e) {
      try {
        channel.truncate(size);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    sizeBeforeLast = size;
    size += entry.size();
    entries++;
    dirty = true;
  }

  /** Removes the entry appended last (whose change could not be applied after all). */
  void dropLast() throws IOException {
    if (sizeBeforeLast < 0) {
      throw new IllegalStateException("no entry to drop from " + file);
    }
    channel.truncate(sizeBeforeLast);
    size = sizeBeforeLast;
    sizeBeforeLast = -1;
    entries--;
  }

  /** Forces appended entries to disk. */
  void sync() throws IOException {
    if (dirty) {
      channel.force(false);
      dirty = false;
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private record ReplayResult(long validEnd, long entries, String problem) {}

  private static ReplayResult replay(
      Path file, FileChannel channel, long fileSize, Consumer<SchemaOp> replay) throws IOException {
    channel.position(0);
    InputStream in = new java.io.BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
    byte[] header = new byte[HEADER_BYTES];
    readFully(in, header, HEADER_BYTES);
    ByteReader headerReader = new ByteReader(header, 0, HEADER_BYTES);
    int magic = headerReader.readInt();
    int version = headerReader.readInt();
    if (magic != MAGIC) {
      throw new OrreryException(
          ErrorCode.CORRUPT_FILE,
          "schema log " + file + " does not start with the schema log magic (found 0x"
              + Integer.toHexString(magic) + ")");
    }
    if (version != VERSION) {
      throw new OrreryException(
          ErrorCode.CORRUPT_FILE,
          "schema log " + file + " has format version " + version + "; this build reads " + VERSION);
    }
    long offset = HEADER_BYTES;
    long count = 0;
    byte[] entryHeader = new byte[ENTRY_HEADER_BYTES];
    byte[] payload = new byte[1024];
    CRC32C crc = new CRC32C();
    while (offset < fileSize) {
      if (fileSize - offset < ENTRY_HEADER_BYTES) {
        return new ReplayResult(offset, count, "entry header cut short");
      }
      readFully(in, entryHeader, ENTRY_HEADER_BYTES);
      ByteReader h = new ByteReader(entryHeader, 0, ENTRY_HEADER_BYTES);
      int length = h.readInt();
      int expectedCrc = h.readInt();
      if (length <= 0 || length > MAX_PAYLOAD_BYTES) {
        return new ReplayResult(offset, count, "invalid entry length " + length);
      }
      if (fileSize - offset - ENTRY_HEADER_BYTES < length) {
        return new ReplayResult(offset, count, "entry of " + length + " bytes cut short");
      }
      if (payload.length < length) {
        payload = new byte[Math.max(length, payload.length * 2)];
      }
      readFully(in, payload, length);
      crc.reset();
      crc.update(payload, 0, length);
      if ((int) crc.getValue() != expectedCrc) {
        return new ReplayResult(offset, count, "CRC32C mismatch");
      }
      SchemaOp op;
      try {
        op = SchemaOpCodec.decode(new ByteReader(payload, 0, length));
      } catch (MalformedDataException e) {
        return new ReplayResult(offset, count, "undecodable entry: " + e.getMessage());
      }
      try {
        replay.accept(op);
      } catch (RuntimeException e) {
        throw new OrreryException(
            ErrorCode.CORRUPT_FILE,
            "schema log " + file + " entry " + count + " at offset " + offset + " (" + op
                + ") does not apply to the schema: " + e.getMessage(),
            e);
      }
      offset += ENTRY_HEADER_BYTES + length;
      count++;
    }
    return new ReplayResult(offset, count, null);
  }

  /**
   * What the dropped bytes held, as far as their own framing tells: the operations of entries
   * whose checksum still holds (they are lost with the rest, since nothing after a bad entry is
   * trusted) and how many frames are damaged.
   */
  private static String describeTail(FileChannel channel, long from, long to) throws IOException {
    int length = (int) Math.min(to - from, MAX_PAYLOAD_BYTES);
    ByteBuffer tail = ByteBuffer.allocate(length);
    while (tail.hasRemaining() && channel.read(tail, from + tail.position()) > 0) {
      // keep reading
    }
    byte[] bytes = tail.array();
    StringBuilder lost = new StringBuilder();
    int intact = 0;
    int damaged = 0;
    int at = 0;
    CRC32C crc = new CRC32C();
    while (at + ENTRY_HEADER_BYTES <= tail.position()) {
      ByteReader header = new ByteReader(bytes, at, ENTRY_HEADER_BYTES);
      int size = header.readInt();
      int expected = header.readInt();
      if (size <= 0 || size > tail.position() - at - ENTRY_HEADER_BYTES) {
        break;
      }
      crc.reset();
      crc.update(bytes, at + ENTRY_HEADER_BYTES, size);
      String op = null;
      if ((int) crc.getValue() == expected) {
        try {
          SchemaOp decoded = SchemaOpCodec.decode(new ByteReader(bytes, at + ENTRY_HEADER_BYTES, size));
          op = decoded.getClass().getSimpleName() + " " + decoded.path();
        } catch (MalformedDataException e) {
          op = null;
        }
      }
      if (op == null) {
        damaged++;
      } else if (intact++ < 20) {
        lost.append(lost.length() == 0 ? "" : ", ").append(op);
      }
      at += ENTRY_HEADER_BYTES + size;
    }
    int unframed = tail.position() - at;
    return "lost: " + damaged + " damaged entries, " + intact + " intact entries"
        + (intact == 0 ? "" : " [" + lost + (intact > 20 ? ", ..." : "") + "]")
        + (unframed == 0 ? "" : ", " + unframed + " bytes without a readable frame");
  }

  private static void readFully(InputStream in, byte[] into, int length) throws IOException {
    int read = 0;
    while (read < length) {
      int n = in.read(into, read, length - read);
      if (n < 0) {
        throw new EOFException("schema log ended early");
      }
      read += n;
    }
  }

  /** True when {@code file} holds only a header, i.e. no operation was ever appended. */
  static boolean isEmpty(Path file) throws IOException {
    return Files.size(file) <= HEADER_BYTES;
  }
}
