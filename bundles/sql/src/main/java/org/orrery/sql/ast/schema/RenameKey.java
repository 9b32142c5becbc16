package org.orrery.sql.ast.schema;

import java.util.Objects;

/**
 * {@code RENAME tag1 TO newTag1}: renames a tag or attribute key.
 */
public record RenameKey(String from, String to) implements AlterAction {
  public RenameKey {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
