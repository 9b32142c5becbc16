package org.orrery.udf.api.column;

import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.Type;

/** A TEXT, STRING or BLOB column over a {@code Binary[]} whose null elements are null values. */
final class BinaryArrayColumn extends ArrayColumn {
  private final Binary[] values;

  BinaryArrayColumn(Type type, Binary[] values) {
    super(type, values.length, null);
    ColumnAccess.requireType(type, Type.TEXT, Type.STRING, Type.BLOB);
    this.values = values;
  }

  @Override
  public boolean isNull(int position) {
    return values[position] == null;
  }

  @Override
  public Binary getBinary(int position) {
    return values[position];
  }
}
