package org.orrery.storage.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.io.AtomicFiles;
import org.orrery.common.path.PartialPath;
import org.orrery.storage.io.ByteIn;
import org.orrery.storage.io.ByteOut;

/**
 * The {@code .resource} file beside a TsFile: per device the time range of its points, plus the
 * WAL checkpoint the file's data came from (see FORMAT.md). Written atomically once the TsFile is
 * complete, so a TsFile without a resource is an unfinished flush or compaction output.
 */
public final class ResourceFormat {
  private ResourceFormat() {}

  /** Persisted magic of resource files. */
  static final byte[] MAGIC = "ORES".getBytes(StandardCharsets.US_ASCII);

  /** Persisted format version written by this code. */
  static final byte FORMAT_VERSION = 1;

  public static final String SUFFIX = ".resource";

  /** What a resource file records. */
  public record Content(Map<PartialPath, long[]> deviceRanges, long walCheckpoint) {}

  public static Path pathOf(Path tsFile) {
    return tsFile.resolveSibling(tsFile.getFileName() + SUFFIX);
  }

  public static void write(Path tsFile, Content content) throws IOException {
    ByteOut out = new ByteOut(256 + content.deviceRanges().size() * 64);
    out.putBytes(MAGIC, 0, MAGIC.length);
    out.putByte(FORMAT_VERSION);
    out.putLong(content.walCheckpoint());
    out.putInt(content.deviceRanges().size());
    for (Map.Entry<PartialPath, long[]> e : content.deviceRanges().entrySet()) {
      out.putPath(e.getKey());
      out.putLong(e.getValue()[0]);
      out.putLong(e.getValue()[1]);
    }
    CRC32C crc = new CRC32C();
    crc.update(out.array(), 0, out.size());
    out.putInt((int) crc.getValue());
    AtomicFiles.write(pathOf(tsFile), Arrays.copyOf(out.array(), out.size()));
  }

  /**
   * Reads the resource of {@code tsFile}.
   *
   * @throws OrreryException CORRUPT_FILE naming the file when it is damaged
   */
  public static Content read(Path tsFile) throws IOException {
    Path path = pathOf(tsFile);
    byte[] data = Files.readAllBytes(path);
    if (data.length < MAGIC.length + 1 + 8 + 4 + 4) {
      throw corrupt(path, "too short (" + data.length + " bytes)");
    }
    CRC32C crc = new CRC32C();
    crc.update(data, 0, data.length - 4);
    int stored = ByteBuffer.wrap(data, data.length - 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
    if ((int) crc.getValue() != stored) {
      throw corrupt(path, "checksum mismatch");
    }
    if (!Arrays.equals(Arrays.copyOf(data, MAGIC.length), MAGIC)) {
      throw corrupt(path, "bad magic");
    }
    ByteIn in = new ByteIn(ByteBuffer.wrap(data, MAGIC.length, data.length - 4 - MAGIC.length), path.toString());
    try {
      int version = in.getByte("format version");
      if (version != FORMAT_VERSION) {
        throw corrupt(path, "unsupported format version " + version);
      }
      long checkpoint = in.getLong("WAL checkpoint");
      int n = in.getInt("device count");
      Map<PartialPath, long[]> ranges = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        PartialPath device = in.getPath("device");
        ranges.put(device, new long[] {in.getLong("start time"), in.getLong("end time")});
      }
      return new Content(ranges, checkpoint);
    } catch (IllegalArgumentException e) {
      throw corrupt(path, e.getMessage());
    }
  }

  private static OrreryException corrupt(Path path, String problem) {
    return new OrreryException(ErrorCode.CORRUPT_FILE, path + ": damaged resource file: " + problem);
  }
}
