package org.orrery.storage.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.io.AtomicFiles;
import org.orrery.storage.io.ByteIn;
import org.orrery.storage.io.ByteOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tombstone ({@code .mods}) file beside a TsFile: a header, then deletions appended as
 * length-prefixed, CRC32C-checked entries and synced before the deletion is acknowledged. A torn
 * last entry (crash during an append, never acknowledged) is cut off when the file is read.
 */
public final class ModsFile {
  private static final Logger LOG = LoggerFactory.getLogger(ModsFile.class);

  /** Persisted magic of mods files. */
  static final byte[] MAGIC = "OMOD".getBytes(StandardCharsets.US_ASCII);

  /** Persisted format version written by this code. */
  static final byte FORMAT_VERSION = 1;

  /** Entry type of a deleted time range of one series. Persisted id. */
  static final byte ENTRY_DELETE_RANGE = 1;

  public static final String SUFFIX = ".mods";

  private ModsFile() {}

  public static Path pathOf(Path tsFile) {
    return tsFile.resolveSibling(tsFile.getFileName() + SUFFIX);
  }

  /** Appends {@code deletions} to the mods file of {@code tsFile} and syncs it. */
  public static void append(Path tsFile, List<Deletion> deletions) throws IOException {
    if (deletions.isEmpty()) {
      return;
    }
    Path path = pathOf(tsFile);
    boolean created = !Files.exists(path);
    ByteOut out = new ByteOut(256);
    if (created) {
      out.putBytes(MAGIC, 0, MAGIC.length);
      out.putByte(FORMAT_VERSION);
    }
    for (Deletion d : deletions) {
      int start = out.size();
      out.putInt(0);
      out.putInt(0);
      out.putByte(ENTRY_DELETE_RANGE);
      out.putPath(d.device());
      out.putString(d.measurement());
      out.putLong(d.from());
      out.putLong(d.to());
      int length = out.size() - start - 8;
      CRC32C crc = new CRC32C();
      crc.update(out.array(), start + 8, length);
      out.putIntAt(start, length);
      out.putIntAt(start + 4, (int) crc.getValue());
    }
    try (FileChannel ch =
        FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      long size = ch.size();
      if (!created && size < MAGIC.length + 1) {
        throw new OrreryException(ErrorCode.CORRUPT_FILE, path + ": mods file has no header");
      }
      ByteBuffer buf = out.written();
      long pos = size;
      while (buf.hasRemaining()) {
        pos += ch.write(buf, pos);
      }
      ch.force(true);
    }
    if (created) {
      AtomicFiles.syncDirectory(path.getParent());
    }
  }

  /** The deletions recorded for {@code tsFile} (none when it has no mods file). */
  public static List<Deletion> read(Path tsFile) throws IOException {
    Path path = pathOf(tsFile);
    List<Deletion> out = new ArrayList<>();
    if (!Files.exists(path)) {
      return out;
    }
    byte[] data = Files.readAllBytes(path);
    if (data.length < MAGIC.length + 1) {
      // Created but the header never reached the disk: no deletion was acknowledged in it.
      LOG.warn("{}: mods file without a complete header, removing it", path);
      Files.delete(path);
      return out;
    }
    if (!Arrays.equals(Arrays.copyOf(data, MAGIC.length), MAGIC) || data[MAGIC.length] != FORMAT_VERSION) {
      throw new OrreryException(ErrorCode.CORRUPT_FILE, path + ": not a mods file of format version "
          + FORMAT_VERSION);
    }
    ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    buf.position(MAGIC.length + 1);
    while (buf.hasRemaining()) {
      int start = buf.position();
      boolean torn = buf.remaining() < 9;
      int length = torn ? 0 : buf.getInt();
      int crc = torn ? 0 : buf.getInt();
      torn = torn || length < 1 || length > buf.remaining();
      if (!torn) {
        CRC32C check = new CRC32C();
        check.update(data, buf.position(), length);
        torn = (int) check.getValue() != crc;
      }
      if (torn) {
        LOG.warn("{}: torn entry at offset {}, truncating", path, start);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
          ch.truncate(start);
          ch.force(true);
        }
        break;
      }
      ByteIn in = new ByteIn(ByteBuffer.wrap(data, buf.position(), length), path + "@" + start);
      buf.position(buf.position() + length);
      try {
        int type = in.getByte("entry type");
        if (type != ENTRY_DELETE_RANGE) {
          throw new IllegalArgumentException("unknown mods entry type " + type);
        }
        out.add(new Deletion(in.getPath("device"), in.getString("measurement"),
            in.getLong("from"), in.getLong("to")));
      } catch (IllegalArgumentException e) {
        throw new OrreryException(ErrorCode.CORRUPT_FILE, path + ": entry at offset " + start
            + " cannot be decoded: " + e.getMessage(), e);
      }
    }
    return out;
  }
}
