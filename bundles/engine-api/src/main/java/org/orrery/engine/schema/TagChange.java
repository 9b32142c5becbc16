package org.orrery.engine.schema;

import java.util.Map;
import java.util.Objects;

/** One {@code ALTER TIMESERIES} action. */
public record TagChange(Action action, Map<String, String> entries) {
  /** The {@code ALTER TIMESERIES} forms. */
  public enum Action {
    /** {@code RENAME a TO b}: entries maps old key to new key (tag or attribute) */
    RENAME,
    /** {@code SET k=v}: change existing tags or attributes */
    SET,
    /** {@code DROP k}: entries' keys are dropped, values ignored */
    DROP,
    /** {@code ADD TAGS k=v} */
    ADD_TAGS,
    /** {@code ADD ATTRIBUTES k=v} */
    ADD_ATTRIBUTES,
    /** {@code UPSERT ALIAS=a TAGS(...) ATTRIBUTES(...)}: entries hold tags; use attributes() too */
    UPSERT
  }

  public TagChange {
    Objects.requireNonNull(action, "action");
    entries = Map.copyOf(entries);
  }
}
