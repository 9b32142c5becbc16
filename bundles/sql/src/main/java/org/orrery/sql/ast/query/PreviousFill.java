package org.orrery.sql.ast.query;

import java.util.Objects;
import java.util.Optional;
import org.orrery.common.time.TimeDuration;

/**
 * {@code FILL(PREVIOUS[, threshold])}: the previous non-null value, unless it is older than the
 * threshold.
 */
public record PreviousFill(Optional<TimeDuration> threshold) implements FillSpec {
  public PreviousFill {
    Objects.requireNonNull(threshold, "threshold");
  }
}
