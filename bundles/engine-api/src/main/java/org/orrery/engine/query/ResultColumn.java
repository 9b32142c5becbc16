package org.orrery.engine.query;

import java.util.Objects;
import org.orrery.common.type.DataType;

/** One column of a result: its header text as IoTDB prints it (e.g. {@code root.sg.d1.s1}). */
public record ResultColumn(String name, DataType type) {
  public ResultColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
