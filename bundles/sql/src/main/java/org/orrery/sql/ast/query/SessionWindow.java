package org.orrery.sql.ast.query;

import java.util.Objects;
import org.orrery.common.time.TimeDuration;

/**
 * {@code GROUP BY SESSION(gap)}: a new segment starts after a gap longer than {@code gap}.
 */
public record SessionWindow(TimeDuration gap) implements WindowGrouping {
  public SessionWindow {
    Objects.requireNonNull(gap, "gap");
  }
}
