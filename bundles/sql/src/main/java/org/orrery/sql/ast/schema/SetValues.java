package org.orrery.sql.ast.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code SET k1=v1, k2=v2}: resets values of existing tags or attributes.
 */
public record SetValues(Map<String, String> values) implements AlterAction {
  public SetValues {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
