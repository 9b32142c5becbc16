package org.orrery.sql.ast.metadata;

import java.util.Objects;
import org.orrery.common.type.DataType;

/**
 * {@code WHERE DATATYPE = type}.
 */
public record DataTypeIs(DataType dataType) implements TimeseriesFilter {
  public DataTypeIs {
    Objects.requireNonNull(dataType, "dataType");
  }
}
