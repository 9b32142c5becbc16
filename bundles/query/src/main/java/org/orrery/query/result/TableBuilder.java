package org.orrery.query.result;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.block.ColumnBuilder;
import org.orrery.query.context.QueryContext;
import org.orrery.query.operator.BlockListOperator;

/** Builds the small tables of SHOW and COUNT statements row by row. */
public final class TableBuilder {
  private final List<ResultColumn> columns = new ArrayList<>();
  private final List<ColumnBuilder> builders = new ArrayList<>();
  private int rows;

  /** Adds a column; call before adding rows. */
  public TableBuilder column(String name, DataType type) {
    columns.add(new ResultColumn(name, type));
    builders.add(new ColumnBuilder(type, 16));
    return this;
  }

  /** Adds a row of boxed values (strings for text columns, null for no value). */
  public TableBuilder row(Object... values) {
    if (values.length != builders.size()) {
      throw new IllegalArgumentException(values.length + " values for " + builders.size() + " columns");
    }
    for (int i = 0; i < values.length; i++) {
      builders.get(i).appendBoxed(values[i]);
    }
    rows++;
    return this;
  }

  public List<ResultColumn> columns() {
    return columns;
  }

  public Block block() {
    List<Column> built = new ArrayList<>();
    for (ColumnBuilder builder : builders) {
      built.add(builder.build());
    }
    return new Block(null, built, rows);
  }

  public OperatorResult result(QueryContext context) {
    List<DataType> types = new ArrayList<>();
    for (ResultColumn column : columns) {
      types.add(column.type());
    }
    return new OperatorResult(
        columns, false, new BlockListOperator(types, List.of(block()), context), context);
  }
}
