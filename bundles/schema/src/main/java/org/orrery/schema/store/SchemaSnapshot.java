package org.orrery.schema.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.io.AtomicFiles;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.DatabaseInfo;
import org.orrery.schema.tree.DatabaseNode;
import org.orrery.schema.tree.InnerNode;
import org.orrery.schema.tree.MeasurementNode;
import org.orrery.schema.tree.SchemaNode;
import org.orrery.schema.tree.SchemaTree;

/**
 * A whole schema tree in one file (FORMAT.md): header (magic, version, the generation of the log
 * that continues it), the tree in depth-first order, and a CRC32C of everything before it. Written
 * with {@link AtomicFiles}, so a reader sees the old or the new snapshot, never a mix; a checksum
 * mismatch therefore means the disk damaged it, and loading fails rather than guessing.
 */
final class SchemaSnapshot {
  /** Persisted: "ORSS", the first four bytes of a schema snapshot. */
  static final int MAGIC = 0x4F525353;

  /** Persisted: the snapshot format version this code writes and reads. */
  static final int VERSION = 1;

  // Persisted node record kinds.
  static final int KIND_INNER = 1;
  static final int KIND_DATABASE = 2;
  static final int KIND_MEASUREMENT = 3;

  // Persisted flag bits of inner and database records.
  private static final int FLAG_ALIGNED = 1;

  private SchemaSnapshot() {}

  /** Writes {@code tree} to {@code file} atomically, recording the log generation that follows. */
  static void write(Path file, SchemaTree tree, long generation) throws IOException {
    ByteWriter out = new ByteWriter(1 << 16);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeLong(generation);
    writeInner(out, tree.root());
    CRC32C crc = new CRC32C();
    crc.update(out.array(), 0, out.size());
    out.writeInt((int) crc.getValue());
    AtomicFiles.write(file, out.toArray());
  }

  /**
   * Loads the snapshot in {@code file} into the empty {@code tree}.
   *
   * @return the log generation that continues the snapshot
   * @throws OrreryException CORRUPT_FILE naming the file when it is not a valid snapshot
   */
  static long read(Path file, SchemaTree tree) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length < 20) {
      throw corrupt(file, "only " + bytes.length + " bytes");
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - 4);
    int stored = new ByteReader(bytes, bytes.length - 4, 4).readInt();
    if ((int) crc.getValue() != stored) {
      throw corrupt(file, "CRC32C mismatch");
    }
    ByteReader in = new ByteReader(bytes, 0, bytes.length - 4);
    try {
      if (in.readInt() != MAGIC) {
        throw corrupt(file, "not a schema snapshot (bad magic)");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw corrupt(file, "format version " + version + "; this build reads " + VERSION);
      }
      long generation = in.readLong();
      if (in.readByte() != KIND_INNER || !in.readString().equals(tree.root().name())) {
        throw corrupt(file, "the tree does not start at root");
      }
      readChildren(in, tree, tree.root());
      if (in.remaining() != 0) {
        throw corrupt(file, in.remaining() + " bytes after the tree");
      }
      return generation;
    } catch (MalformedDataException | IllegalStateException | IllegalArgumentException e) {
      throw corrupt(file, e.getMessage());
    }
  }

  /** The log generation named by the snapshot in {@code file}, or -1 when it cannot be read. */
  static long generationOnDisk(Path file) {
    try (java.io.DataInputStream in =
        new java.io.DataInputStream(Files.newInputStream(file))) {
      return in.readInt() == MAGIC && in.readInt() == VERSION ? in.readLong() : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  private static void writeInner(ByteWriter out, InnerNode node) {
    if (node instanceof DatabaseNode) {
      DatabaseInfo info = ((DatabaseNode) node).info();
      out.writeByte(KIND_DATABASE);
      out.writeString(node.name());
      out.writeLong(info.ttlMillis());
      out.writeLong(info.timePartitionMillis());
    } else {
      out.writeByte(KIND_INNER);
      out.writeString(node.name());
    }
    out.writeByte(node.isDevice() && node.isAligned() ? FLAG_ALIGNED : 0);
    out.writeVarInt(node.childCount());
    for (SchemaNode child : node.children()) {
      if (child instanceof MeasurementNode) {
        writeMeasurement(out, (MeasurementNode) child);
      } else {
        writeInner(out, (InnerNode) child);
      }
    }
  }

  private static void writeMeasurement(ByteWriter out, MeasurementNode series) {
    out.writeByte(KIND_MEASUREMENT);
    out.writeString(series.name());
    out.writeByte(series.type().id());
    out.writeByte(series.encodingId());
    out.writeByte(series.compressorId());
    out.writeOptionalString(series.alias());
    out.writeMap(series.tags());
    out.writeMap(series.attributes());
  }

  private static void readChildren(ByteReader in, SchemaTree tree, InnerNode node) {
    boolean aligned = (in.readByte() & FLAG_ALIGNED) != 0;
    int count = in.readVarInt();
    for (int i = 0; i < count; i++) {
      int kind = in.readByte();
      String name = in.readString();
      switch (kind) {
        case KIND_INNER:
          readChildren(in, tree, tree.innerChild(node, name));
          break;
        case KIND_DATABASE:
          long ttl = in.readLong();
          long partition = in.readLong();
          readChildren(in, tree, tree.addDatabase(node, name, ttl, partition));
          break;
        case KIND_MEASUREMENT:
          int typeId = in.readByte();
          byte encoding = (byte) in.readByte();
          byte compressor = (byte) in.readByte();
          tree.addSeries(
              node,
              name,
              DataType.fromId(typeId),
              encoding,
              compressor,
              aligned,
              in.readOptionalString(),
              in.readMap(),
              in.readMap());
          break;
        default:
          throw new MalformedDataException("unknown node kind " + kind + " for " + name);
      }
    }
  }

  private static OrreryException corrupt(Path file, String problem) {
    return new OrreryException(
        ErrorCode.CORRUPT_FILE, "schema snapshot " + file + " is damaged: " + problem);
  }
}
