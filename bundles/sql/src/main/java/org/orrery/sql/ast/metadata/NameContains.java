package org.orrery.sql.ast.metadata;

import java.util.Objects;

/**
 * {@code WHERE TIMESERIES CONTAINS 'text'}.
 */
public record NameContains(String text) implements TimeseriesFilter {
  public NameContains {
    Objects.requireNonNull(text, "text");
  }
}
