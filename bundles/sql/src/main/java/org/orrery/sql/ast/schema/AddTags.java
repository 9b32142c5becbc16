package org.orrery.sql.ast.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ADD TAGS k=v, ...}.
 */
public record AddTags(Map<String, String> tags) implements AlterAction {
  public AddTags {
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }
}
