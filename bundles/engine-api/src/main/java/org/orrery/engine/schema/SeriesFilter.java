package org.orrery.engine.schema;

import java.util.Objects;

/**
 * The {@code WHERE} of {@code SHOW TIMESERIES} / {@code COUNT TIMESERIES}: a tag (or attribute)
 * key with a value it must equal or contain, or a data type / measurement-name condition.
 */
public record SeriesFilter(Kind kind, String key, String value) {
  /** Which property the filter tests. */
  public enum Kind {
    /** tag or attribute {@code key} equals {@code value} */
    TAG_EQUALS,
    /** tag or attribute {@code key} contains {@code value} */
    TAG_CONTAINS,
    /** the measurement name contains {@code value} */
    NAME_CONTAINS,
    /** the data type is {@code value} */
    DATA_TYPE
  }

  public SeriesFilter {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }
}
