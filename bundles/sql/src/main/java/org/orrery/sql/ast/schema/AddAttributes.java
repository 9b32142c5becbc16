package org.orrery.sql.ast.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ADD ATTRIBUTES k=v, ...}.
 */
public record AddAttributes(Map<String, String> attributes) implements AlterAction {
  public AddAttributes {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }
}
