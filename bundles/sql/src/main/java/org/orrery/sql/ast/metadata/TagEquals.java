package org.orrery.sql.ast.metadata;

import java.util.Objects;

/**
 * {@code WHERE TAGS(key) = 'value'}.
 */
public record TagEquals(String key, String value) implements TimeseriesFilter {
  public TagEquals {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
