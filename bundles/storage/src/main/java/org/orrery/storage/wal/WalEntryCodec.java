package org.orrery.storage.wal;

import java.util.ArrayList;
import java.util.List;
import org.orrery.storage.io.ByteIn;
import org.orrery.storage.io.ByteOut;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.WriteBatch;

/**
 * Serialises entry payloads (the bytes after the entry type, see FORMAT.md). A batch is stored
 * column by column: times, then per column its name, type id, a null bitmap when it has nulls,
 * and the values (fixed-width types as little-endian arrays, binaries length-prefixed).
 */
public final class WalEntryCodec {
  private WalEntryCodec() {}

  /** Null bitmap flag byte values. Persisted. */
  private static final int NO_NULLS = 0;

  private static final int HAS_NULLS = 1;

  /** Bits of the per-column codec flag byte of ENTRY_WRITE_BATCH_WITH_CODECS. Persisted. */
  private static final int ENCODING_NAMED = 1;

  private static final int COMPRESSION_NAMED = 2;

  /** The entry type a batch is logged with: codec names are only stored when some are given. */
  public static byte entryType(WriteBatch b) {
    for (int c = 0; c < b.measurements().size(); c++) {
      if (b.encoding(c) != null || b.compression(c) != null) {
        return WalFormat.ENTRY_WRITE_BATCH_WITH_CODECS;
      }
    }
    return WalFormat.ENTRY_WRITE_BATCH;
  }

  /** Writes the payload of the batch's {@link #entryType} entry. */
  public static void writeEntry(ByteOut out, WriteBatch b) {
    writeBatch(out, b);
    if (entryType(b) == WalFormat.ENTRY_WRITE_BATCH_WITH_CODECS) {
      for (int c = 0; c < b.measurements().size(); c++) {
        String enc = b.encoding(c);
        String comp = b.compression(c);
        out.putByte((enc != null ? ENCODING_NAMED : 0) | (comp != null ? COMPRESSION_NAMED : 0));
        if (enc != null) {
          out.putString(enc);
        }
        if (comp != null) {
          out.putString(comp);
        }
      }
    }
  }

  /** Reads an ENTRY_WRITE_BATCH_WITH_CODECS payload. */
  public static WriteBatch readBatchWithCodecs(ByteIn in, PartialPath database) {
    WriteBatch b = readBatch(in, database);
    int n = b.measurements().size();
    List<String> encodings = new ArrayList<>(n);
    List<String> compressions = new ArrayList<>(n);
    for (int c = 0; c < n; c++) {
      int flags = in.getByte("codec flags");
      encodings.add((flags & ENCODING_NAMED) != 0 ? in.getString("encoding name") : null);
      compressions.add((flags & COMPRESSION_NAMED) != 0 ? in.getString("compression name") : null);
    }
    return new WriteBatch(database, b.device(), b.aligned(), b.measurements(), b.times(),
        b.columns(), b.rowCount(), encodings, compressions);
  }

  public static void writeBatch(ByteOut out, WriteBatch b) {
    int rows = b.rowCount();
    out.putPath(b.device());
    out.putByte(b.aligned() ? 1 : 0);
    out.putInt(rows);
    out.putInt(b.measurements().size());
    out.putLongs(b.times(), 0, rows);
    for (int c = 0; c < b.measurements().size(); c++) {
      Column col = b.columns().get(c);
      out.putString(b.measurements().get(c));
      out.putByte(col.type().id());
      boolean[] nulls = col.nulls();
      if (nulls == null) {
        out.putByte(NO_NULLS);
      } else {
        out.putByte(HAS_NULLS);
        int bytes = (rows + 7) >>> 3;
        out.ensure(bytes);
        for (int i = 0; i < bytes; i++) {
          int v = 0;
          for (int k = 0; k < 8; k++) {
            int r = (i << 3) + k;
            if (r < rows && nulls[r]) {
              v |= 1 << k;
            }
          }
          out.putByte(v);
        }
      }
      writeValues(out, col, rows);
    }
  }

  private static void writeValues(ByteOut out, Column col, int rows) {
    switch (col.type()) {
      case BOOLEAN: {
        boolean[] v = col.booleans();
        out.ensure(rows);
        for (int i = 0; i < rows; i++) {
          out.putByte(v[i] ? 1 : 0);
        }
        break;
      }
      case INT32:
      case DATE:
        out.putInts(col.ints(), 0, rows);
        break;
      case INT64:
      case TIMESTAMP:
        out.putLongs(col.longs(), 0, rows);
        break;
      case FLOAT:
        out.putFloats(col.floats(), 0, rows);
        break;
      case DOUBLE:
        out.putDoubles(col.doubles(), 0, rows);
        break;
      default: {
        byte[][] v = col.binaries();
        for (int i = 0; i < rows; i++) {
          if (v[i] == null) {
            out.putInt(-1);
          } else {
            out.putInt(v[i].length);
            out.putBytes(v[i], 0, v[i].length);
          }
        }
      }
    }
  }

  public static WriteBatch readBatch(ByteIn in, PartialPath database) {
    PartialPath device = in.getPath("device");
    boolean aligned = in.getByte("aligned flag") != 0;
    int rows = in.getInt("row count");
    int cols = in.getInt("column count");
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("negative row or column count " + rows + "/" + cols);
    }
    long[] times = new long[rows];
    in.getLongs(times, rows, "timestamps");
    List<String> names = new ArrayList<>(cols);
    List<Column> columns = new ArrayList<>(cols);
    for (int c = 0; c < cols; c++) {
      names.add(in.getString("measurement name"));
      DataType type = DataType.fromId(in.getByte("data type"));
      boolean[] nulls = null;
      if (in.getByte("null flag") == HAS_NULLS) {
        nulls = new boolean[rows];
        byte[] bits = in.getBytes((rows + 7) >>> 3, "null bitmap");
        for (int r = 0; r < rows; r++) {
          nulls[r] = (bits[r >>> 3] & (1 << (r & 7))) != 0;
        }
      }
      columns.add(new Column(type, readValues(in, type, rows), nulls, rows));
    }
    return new WriteBatch(database, device, aligned, names, times, columns, rows);
  }

  private static Object readValues(ByteIn in, DataType type, int rows) {
    switch (type) {
      case BOOLEAN: {
        boolean[] v = new boolean[rows];
        byte[] b = in.getBytes(rows, "booleans");
        for (int i = 0; i < rows; i++) {
          v[i] = b[i] != 0;
        }
        return v;
      }
      case INT32:
      case DATE: {
        int[] v = new int[rows];
        in.getInts(v, rows, "int values");
        return v;
      }
      case INT64:
      case TIMESTAMP: {
        long[] v = new long[rows];
        in.getLongs(v, rows, "long values");
        return v;
      }
      case FLOAT: {
        float[] v = new float[rows];
        in.getFloats(v, rows, "float values");
        return v;
      }
      case DOUBLE: {
        double[] v = new double[rows];
        in.getDoubles(v, rows, "double values");
        return v;
      }
      default: {
        byte[][] v = new byte[rows][];
        for (int i = 0; i < rows; i++) {
          int len = in.getInt("binary length");
          v[i] = len < 0 ? null : in.getBytes(len, "binary value");
        }
        return v;
      }
    }
  }

  public static void writeDelete(ByteOut out, WalEntry.Delete d) {
    out.putPath(d.device());
    out.putInt(d.measurements().size());
    for (String m : d.measurements()) {
      out.putString(m);
    }
    out.putLong(d.from());
    out.putLong(d.to());
  }

  public static WalEntry.Delete readDelete(ByteIn in) {
    PartialPath device = in.getPath("device");
    int n = in.getInt("measurement count");
    if (n < 0) {
      throw new IllegalArgumentException("negative measurement count " + n);
    }
    List<String> names = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      names.add(in.getString("measurement name"));
    }
    return new WalEntry.Delete(device, names, in.getLong("from"), in.getLong("to"));
  }
}
