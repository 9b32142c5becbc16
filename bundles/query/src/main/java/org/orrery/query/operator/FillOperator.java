package org.orrery.query.operator;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.ColumnBuilder;
import org.orrery.query.block.Values;
import org.orrery.query.context.QueryContext;

/**
 * FILL: replaces null cells of the result in output order. PREVIOUS takes the last non-null
 * value above (optionally only when it is at most {@code threshold} older), LINEAR interpolates
 * numeric columns between the neighbouring non-null values, a constant fills the columns whose
 * type it fits. The whole result is read first because LINEAR looks ahead.
 */
public final class FillOperator implements Operator {
  /** Which fill. */
  public enum Mode {
    PREVIOUS,
    LINEAR,
    CONSTANT
  }

  private final Operator child;
  private final Mode mode;
  private final long threshold;
  private final Object constant;
  private final DataType constantType;
  private final QueryContext context;
  private boolean done;

  /**
   * @param threshold for PREVIOUS, the largest time distance filled; negative for no limit
   * @param constant for CONSTANT, the boxed value (Long, Double, Boolean or String)
   */
  public FillOperator(Operator child, Mode mode, long threshold, Object constant, QueryContext context) {
    this.child = child;
    this.mode = mode;
    this.threshold = threshold;
    this.constant = constant;
    this.constantType = constant instanceof Long ? DataType.INT64
        : constant instanceof Double ? DataType.DOUBLE
        : constant instanceof Boolean ? DataType.BOOLEAN : DataType.TEXT;
    this.context = context;
  }

  @Override
  public List<DataType> types() {
    return child.types();
  }

  @Override
  public Block next() {
    if (done) {
      return null;
    }
    done = true;
    Block all = Materializer.drain(child, true, context, "FILL");
    if (all.isEmpty()) {
      return null;
    }
    List<Column> filled = new ArrayList<>();
    for (Column column : all.columns()) {
      filled.add(switch (mode) {
        case PREVIOUS -> previous(all.times(), column, all.rowCount());
        case LINEAR -> linear(all.times(), column, all.rowCount());
        case CONSTANT -> constant(column, all.rowCount());
      });
    }
    return new Block(all.times(), filled, all.rowCount());
  }

  private Column previous(long[] times, Column column, int rows) {
    ColumnBuilder out = new ColumnBuilder(column.type(), rows);
    int last = -1;
    for (int i = 0; i < rows; i++) {
      if (!column.isNull(i)) {
        last = i;
        out.appendFrom(column, i);
      } else if (last >= 0 && (threshold < 0 || Math.abs(times[i] - times[last]) <= threshold)) {
        out.appendFrom(column, last);
      } else {
        out.appendNull();
      }
    }
    return out.build();
  }

  private static Column linear(long[] times, Column column, int rows) {
    if (!column.type().isNumeric()) {
      return column;
    }
    ColumnBuilder out = new ColumnBuilder(column.type(), rows);
    int before = -1;
    int after = -1;
    for (int i = 0; i < rows; i++) {
      if (!column.isNull(i)) {
        before = i;
        out.appendFrom(column, i);
        continue;
      }
      if (after <= i) {
        after = i + 1;
        while (after < rows && column.isNull(after)) {
          after++;
        }
      }
      if (before < 0 || after >= rows) {
        out.appendNull();
        continue;
      }
      double v0 = Values.asDouble(column, before);
      double v1 = Values.asDouble(column, after);
      double v = v0 + (v1 - v0) * (double) (times[i] - times[before]) / (double) (times[after] - times[before]);
      switch (column.type()) {
        case INT32 -> out.appendInt((int) v);
        case INT64 -> out.appendLong((long) v);
        case FLOAT -> out.appendFloat((float) v);
        default -> out.appendDouble(v);
      }
    }
    return out.build();
  }

  private Column constant(Column column, int rows) {
    Object value = fitting(column.type());
    if (value == null) {
      return column;
    }
    ColumnBuilder out = new ColumnBuilder(column.type(), rows);
    for (int i = 0; i < rows; i++) {
      if (column.isNull(i)) {
        out.appendBoxed(value);
      } else {
        out.appendFrom(column, i);
      }
    }
    return out.build();
  }

  /** The constant as a value of {@code type}, or null when it does not fit that type. */
  private Object fitting(DataType type) {
    switch (type) {
      case INT32:
        return constantType == DataType.INT64 && (Long) constant == (int) (long) (Long) constant
            ? (int) (long) (Long) constant : null;
      case INT64:
        return constantType == DataType.INT64 ? constant : null;
      case FLOAT:
      case DOUBLE:
        return constantType == DataType.INT64 || constantType == DataType.DOUBLE ? constant : null;
      case BOOLEAN:
        return constantType == DataType.BOOLEAN ? constant : null;
      case TEXT:
      case STRING:
        return constantType == DataType.TEXT ? constant : null;
      default:
        return null;
    }
  }

  @Override
  public void close() {
    child.close();
  }
}
