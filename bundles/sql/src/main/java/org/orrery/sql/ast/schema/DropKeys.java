package org.orrery.sql.ast.schema;

import java.util.List;

/**
 * {@code DROP k1, k2}: removes tags or attributes.
 */
public record DropKeys(List<String> keys) implements AlterAction {
  public DropKeys {
    keys = List.copyOf(keys);
  }
}
