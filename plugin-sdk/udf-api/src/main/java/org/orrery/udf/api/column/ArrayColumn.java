package org.orrery.udf.api.column;

import java.util.Objects;
import org.orrery.udf.api.type.Type;

/** Base of the array-backed columns: the type, the length and the null marks. */
abstract class ArrayColumn implements Column {
  private final Type type;
  private final int positions;
  private final boolean[] nulls;

  ArrayColumn(Type type, int positions, boolean[] nulls) {
    this.type = Objects.requireNonNull(type, "type");
    ColumnAccess.requireNullMarks(positions, nulls);
    this.positions = positions;
    this.nulls = nulls;
  }

  @Override
  public final Type getDataType() {
    return type;
  }

  @Override
  public final int getPositionCount() {
    return positions;
  }

  @Override
  public boolean isNull(int position) {
    Objects.checkIndex(position, positions);
    return nulls != null && nulls[position];
  }

  @Override
  public String toString() {
    return type + " column of " + positions + " positions";
  }
}
