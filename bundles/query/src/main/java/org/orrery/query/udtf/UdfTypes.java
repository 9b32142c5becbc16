package org.orrery.query.udtf;

import org.orrery.common.type.DataType;
import org.orrery.udf.api.type.Type;

/** The UDF API's types and the engine's, matched by their shared persisted id. */
final class UdfTypes {
  private UdfTypes() {}

  static Type toUdf(DataType type) {
    return Type.fromId(type.id());
  }

  static DataType toEngine(Type type) {
    return DataType.fromId(type.id());
  }
}
