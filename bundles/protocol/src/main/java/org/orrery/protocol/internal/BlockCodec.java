package org.orrery.protocol.internal;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.protocol.ProtocolException;

/**
 * Columnar encoding of a {@link Block}: row count, time flag, column count, the times, then per
 * column its type id, a null mode (0 none, 1 bitmap follows), the null bitmap and the values.
 * Fixed-width values are written for every row (null rows hold zero) so they copy in bulk; binary
 * values are written only for non-null rows, each with an i32 length.
 */
public final class BlockCodec {
  /** Wire constant: the column has no null rows. */
  static final int NULLS_NONE = 0;
  /** Wire constant: a null bitmap follows, bit {@code r % 8} of byte {@code r / 8} set = null. */
  static final int NULLS_BITMAP = 1;

  private BlockCodec() {}

  public static void write(PayloadWriter out, Block block) {
    int rows = block.rowCount();
    out.i32(rows);
    out.bool(block.hasTimes());
    out.i32(block.columnCount());
    if (block.hasTimes()) {
      out.longs(block.times(), rows);
    }
    for (Column column : block.columns()) {
      writeColumn(out, column, rows);
    }
  }

  private static void writeColumn(PayloadWriter out, Column column, int rows) {
    DataType type = column.type();
    out.u8(type.id());
    byte[] bitmap = nullBitmap(column, rows);
    if (bitmap == null) {
      out.u8(NULLS_NONE);
    } else {
      out.u8(NULLS_BITMAP);
      out.raw(bitmap, 0, bitmap.length);
    }
    switch (type) {
      case BOOLEAN:
        boolean[] booleans = column.booleans();
        for (int r = 0; r < rows; r++) {
          out.u8(booleans[r] ? 1 : 0);
        }
        break;
      case INT32:
      case DATE:
        out.ints(column.ints(), rows);
        break;
      case INT64:
      case TIMESTAMP:
        out.longs(column.longs(), rows);
        break;
      case FLOAT:
        out.floats(column.floats(), rows);
        break;
      case DOUBLE:
        out.doubles(column.doubles(), rows);
        break;
      default:
        byte[][] binaries = column.binaries();
        for (int r = 0; r < rows; r++) {
          if (!column.isNull(r)) {
            out.bytes(binaries[r]);
          }
        }
    }
  }

  /**
   * The exact number of bytes {@link #write} produces for {@code block}. Fixed-width columns cost
   * nothing to size; binary columns are summed value by value.
   */
  public static long encodedSize(Block block) {
    int rows = block.rowCount();
    long bytes = 4 + 1 + 4;
    if (block.hasTimes()) {
      bytes += 8L * rows;
    }
    for (Column column : block.columns()) {
      bytes += 2;
      if (column.mayHaveNulls() || column.type().isBinary()) {
        // the bitmap is written only when a row is null; counting it anyway keeps this a cheap
        // upper bound for columns that declare nulls but have none
        bytes += (rows + 7) / 8;
      }
      bytes += valueBytes(column, rows);
    }
    return bytes;
  }

  private static long valueBytes(Column column, int rows) {
    switch (column.type()) {
      case BOOLEAN:
        return rows;
      case INT32:
      case DATE:
      case FLOAT:
        return 4L * rows;
      case INT64:
      case TIMESTAMP:
      case DOUBLE:
        return 8L * rows;
      default:
        long bytes = 0;
        byte[][] binaries = column.binaries();
        for (int r = 0; r < rows; r++) {
          if (!column.isNull(r)) {
            bytes += 4 + binaries[r].length;
          }
        }
        return bytes;
    }
  }

  /** The null bitmap of the first {@code rows} positions, or null when none is null. */
  private static byte[] nullBitmap(Column column, int rows) {
    if (!column.mayHaveNulls() && !column.type().isBinary()) {
      return null;
    }
    byte[] bitmap = null;
    for (int r = 0; r < rows; r++) {
      if (column.isNull(r)) {
        if (bitmap == null) {
          bitmap = new byte[(rows + 7) / 8];
        }
        bitmap[r >>> 3] |= (byte) (1 << (r & 7));
      }
    }
    return bitmap;
  }

  /**
   * Reads a block, checking its row count against the limit and every array against the bytes
   * that remain.
   */
  public static Block read(PayloadReader in) {
    int rows = in.i32("block row count");
    if (rows < 0 || rows > in.limits().maxRowsPerBlock()) {
      throw new ProtocolException(
          "block row count " + rows + " is outside 0.." + in.limits().maxRowsPerBlock());
    }
    boolean hasTimes = in.bool("block time flag");
    // each column takes at least its type and null-mode bytes
    int columnCount = in.count("block column count", 2);
    long[] times = hasTimes ? in.longs(rows, "block times") : null;
    in.charge(16L * columnCount, "block columns");
    List<Column> columns = new ArrayList<>(columnCount);
    for (int c = 0; c < columnCount; c++) {
      columns.add(readColumn(in, rows, c));
    }
    return new Block(times, columns, rows);
  }

  private static Column readColumn(PayloadReader in, int rows, int index) {
    String what = "column " + index;
    int typeId = in.u8(what + " type");
    DataType type;
    try {
      type = DataType.fromId(typeId);
    } catch (IllegalArgumentException e) {
      throw new ProtocolException(what + " has unknown data type id " + typeId);
    }
    int nullMode = in.u8(what + " null mode");
    boolean[] nulls;
    if (nullMode == NULLS_NONE) {
      nulls = null;
    } else if (nullMode == NULLS_BITMAP) {
      byte[] bitmap = in.raw((rows + 7) / 8, what + " null bitmap");
      in.charge(rows, what + " null flags");
      nulls = new boolean[rows];
      for (int r = 0; r < rows; r++) {
        nulls[r] = (bitmap[r >>> 3] & (1 << (r & 7))) != 0;
      }
    } else {
      throw new ProtocolException(what + " has unknown null mode " + nullMode);
    }
    Object values;
    switch (type) {
      case BOOLEAN:
        byte[] raw = in.raw(rows, what + " values");
        in.charge(rows, what + " values");
        boolean[] booleans = new boolean[rows];
        for (int r = 0; r < rows; r++) {
          booleans[r] = raw[r] != 0;
        }
        values = booleans;
        break;
      case INT32:
      case DATE:
        values = in.ints(rows, what + " values");
        break;
      case INT64:
      case TIMESTAMP:
        values = in.longs(rows, what + " values");
        break;
      case FLOAT:
        values = in.floats(rows, what + " values");
        break;
      case DOUBLE:
        values = in.doubles(rows, what + " values");
        break;
      default:
        values = readBinaries(in, rows, nulls, what);
        // binary nulls are the null entries themselves; the flags add nothing
        nulls = null;
    }
    return new Column(type, values, nulls, rows);
  }

  private static byte[][] readBinaries(PayloadReader in, int rows, boolean[] nulls, String what) {
    // one reference per row; each non-null value also needs at least its 4-byte length
    in.charge(8L * rows, what + " values");
    byte[][] binaries = new byte[rows][];
    for (int r = 0; r < rows; r++) {
      if (nulls == null || !nulls[r]) {
        binaries[r] = in.bytes(what + " row " + r);
      }
    }
    return binaries;
  }
}
