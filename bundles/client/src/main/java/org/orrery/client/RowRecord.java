package org.orrery.client;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/**
 * One row of a result, a view of one row of a received block. Typed getters accept the column's
 * own type and lossless widenings (INT32 to long, float or double; INT64 to double); a null value
 * or another type fails with {@link IllegalStateException} naming the column.
 */
public final class RowRecord {
  private final Block block;
  private final int row;

  RowRecord(Block block, int row) {
    this.block = block;
    this.row = row;
  }

  /** The timestamp; only when the data set has a time column. */
  public long time() {
    return block.time(row);
  }

  /** Number of value columns. */
  public int size() {
    return block.columnCount();
  }

  public boolean isNull(int column) {
    return block.column(column).isNull(row);
  }

  /** The value boxed as {@link Column#get} returns it, or null. */
  public Object value(int column) {
    return block.column(column).get(row);
  }

  /** The type of a column. */
  public DataType type(int column) {
    return block.column(column).type();
  }

  public boolean getBoolean(int c) {
    return present(c, DataType.BOOLEAN).booleans()[row];
  }

  public int getInt(int c) {
    Column column = present(c, DataType.INT32, DataType.DATE);
    return column.ints()[row];
  }

  public long getLong(int c) {
    Column column = present(c, DataType.INT64, DataType.TIMESTAMP, DataType.INT32, DataType.DATE);
    return column.type() == DataType.INT32 || column.type() == DataType.DATE ? column.ints()[row] : column.longs()[row];
  }

  public float getFloat(int c) {
    Column column = present(c, DataType.FLOAT, DataType.INT32);
    return column.type() == DataType.FLOAT ? column.floats()[row] : column.ints()[row];
  }

  public double getDouble(int c) {
    Column column = present(c, DataType.DOUBLE, DataType.FLOAT, DataType.INT32, DataType.INT64);
    switch (column.type()) {
      case DOUBLE:
        return column.doubles()[row];
      case FLOAT:
        return column.floats()[row];
      case INT32:
        return column.ints()[row];
      default:
        return column.longs()[row];
    }
  }

  /**
   * The value as text: TEXT and STRING decoded from UTF-8, BLOB as {@code 0x} and hex digits,
   * other types as Java prints them; null for a null value.
   */
  public String getString(int c) {
    Column column = block.column(c);
    if (column.isNull(row)) {
      return null;
    }
    switch (column.type()) {
      case TEXT:
      case STRING:
        return new String(column.binaries()[row], StandardCharsets.UTF_8);
      case BLOB:
        return "0x" + HexFormat.of().formatHex(column.binaries()[row]);
      default:
        return String.valueOf(column.get(row));
    }
  }

  private Column present(int c, DataType... accepted) {
    Column column = block.column(c);
    boolean fits = false;
    for (DataType type : accepted) {
      fits |= column.type() == type;
    }
    if (!fits) {
      throw new IllegalStateException("column " + c + " is " + column.type() + ", not readable as " + accepted[0]);
    }
    if (column.isNull(row)) {
      throw new IllegalStateException("column " + c + " is null in this row");
    }
    return column;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (block.hasTimes()) {
      text.append(time());
    }
    for (int c = 0; c < size(); c++) {
      if (text.length() > 0) {
        text.append('\t');
      }
      text.append(getString(c));
    }
    return text.toString();
  }
}
