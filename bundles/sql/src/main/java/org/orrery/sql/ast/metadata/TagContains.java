package org.orrery.sql.ast.metadata;

import java.util.Objects;

/**
 * {@code WHERE TAGS(key) CONTAINS 'text'}.
 */
public record TagContains(String key, String text) implements TimeseriesFilter {
  public TagContains {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
  }
}
