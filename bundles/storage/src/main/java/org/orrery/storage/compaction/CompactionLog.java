package org.orrery.storage.compaction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.io.AtomicFiles;
import org.orrery.storage.file.FileKind;
import org.orrery.storage.file.TsFileResource;
import org.orrery.storage.io.ByteIn;
import org.orrery.storage.io.ByteOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crash-safety record of one compaction, a small file rewritten atomically: first in state
 * STARTED naming the input files and the output file, then in state OUTPUT_COMPLETE once the
 * output and its resource are durable. At start-up a STARTED log means the output is partial
 * (delete it, keep the inputs); OUTPUT_COMPLETE means the inputs are replaced (delete those that
 * remain). The log is removed once its inputs are gone from disk.
 */
public final class CompactionLog {
  private static final Logger LOG = LoggerFactory.getLogger(CompactionLog.class);

  /** Persisted magic. */
  static final byte[] MAGIC = "OCMP".getBytes(StandardCharsets.US_ASCII);

  /** Persisted format version. */
  static final byte FORMAT_VERSION = 1;

  /** Persisted state ids. */
  static final byte STATE_STARTED = 1;

  static final byte STATE_OUTPUT_COMPLETE = 2;

  /** Persisted file kind ids. */
  static final byte KIND_SEQUENCE = 1;

  static final byte KIND_UNSEQUENCE = 2;

  static final String PREFIX = "compaction-";
  static final String SUFFIX = ".log";

  /** A file named by the log: its kind, partition and file name. */
  record FileRef(FileKind kind, long partition, String fileName) {}

  private final Path path;
  private final List<FileRef> inputs;
  private final FileRef output;

  CompactionLog(Path path, List<FileRef> inputs, FileRef output) {
    this.path = path;
    this.inputs = List.copyOf(inputs);
    this.output = output;
  }

  Path path() {
    return path;
  }

  void write(byte state) throws IOException {
    ByteOut out = new ByteOut(256);
    out.putBytes(MAGIC, 0, MAGIC.length);
    out.putByte(FORMAT_VERSION);
    out.putByte(state);
    out.putInt(inputs.size());
    for (FileRef f : inputs) {
      putRef(out, f);
    }
    putRef(out, output);
    CRC32C crc = new CRC32C();
    crc.update(out.array(), 0, out.size());
    out.putInt((int) crc.getValue());
    AtomicFiles.write(path, Arrays.copyOf(out.array(), out.size()));
  }

  private static void putRef(ByteOut out, FileRef f) {
    out.putByte(f.kind() == FileKind.SEQUENCE ? KIND_SEQUENCE : KIND_UNSEQUENCE);
    out.putLong(f.partition());
    out.putString(f.fileName());
  }

  void delete() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.warn("could not delete compaction log {}: {}", path, e.toString());
    }
  }

  /**
   * Finishes or rolls back every compaction logged under {@code seqRoot} (region roots of both
   * kinds given), before the region loads its files.
   */
  public static void recover(Path seqRoot, Path unseqRoot) throws IOException {
    if (!Files.isDirectory(seqRoot)) {
      return;
    }
    List<Path> logs = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(seqRoot, PREFIX + "*" + SUFFIX)) {
      files.forEach(logs::add);
    }
    for (Path log : logs) {
      byte[] data = Files.readAllBytes(log);
      CRC32C crc = new CRC32C();
      if (data.length < MAGIC.length + 6 + 4) {
        throw corrupt(log, "too short");
      }
      crc.update(data, 0, data.length - 4);
      int stored = ByteBuffer.wrap(data, data.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      if (stored != (int) crc.getValue() || !Arrays.equals(Arrays.copyOf(data, 4), MAGIC)) {
        throw corrupt(log, "checksum or magic mismatch");
      }
      ByteIn in = new ByteIn(ByteBuffer.wrap(data, 4, data.length - 8), log.toString());
      if (in.getByte("version") != FORMAT_VERSION) {
        throw corrupt(log, "unsupported version");
      }
      int state = in.getByte("state");
      int n = in.getInt("input count");
      List<FileRef> inputs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        inputs.add(readRef(in, log));
      }
      FileRef output = readRef(in, log);
      if (state == STATE_STARTED) {
        LOG.info("rolling back interrupted compaction {}", log);
        TsFileResource.deleteFiles(resolve(seqRoot, unseqRoot, output));
      } else if (state == STATE_OUTPUT_COMPLETE) {
        LOG.info("finishing interrupted compaction {}", log);
        for (FileRef f : inputs) {
          TsFileResource.deleteFiles(resolve(seqRoot, unseqRoot, f));
        }
      } else {
        throw corrupt(log, "unknown state " + state);
      }
      Files.delete(log);
    }
    AtomicFiles.syncDirectory(seqRoot);
  }

  static Path resolve(Path seqRoot, Path unseqRoot, FileRef f) {
    Path root = f.kind() == FileKind.SEQUENCE ? seqRoot : unseqRoot;
    return root.resolve(Long.toString(f.partition())).resolve(f.fileName());
  }

  private static FileRef readRef(ByteIn in, Path log) {
    int kind = in.getByte("file kind");
    if (kind != KIND_SEQUENCE && kind != KIND_UNSEQUENCE) {
      throw corrupt(log, "unknown file kind " + kind);
    }
    long partition = in.getLong("partition");
    String name = in.getString("file name");
    if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw corrupt(log, "bad file name '" + name + "'");
    }
    return new FileRef(kind == KIND_SEQUENCE ? FileKind.SEQUENCE : FileKind.UNSEQUENCE, partition, name);
  }

  private static OrreryException corrupt(Path log, String problem) {
    return new OrreryException(ErrorCode.CORRUPT_FILE, log + ": damaged compaction log: " + problem);
  }
}
