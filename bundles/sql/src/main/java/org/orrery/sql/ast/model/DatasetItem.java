package org.orrery.sql.ast.model;

import java.util.Objects;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.TimeRange;

/**
 * {@code PATH root.db.d.s [([start, end))]}: one series of a fine-tuning dataset.
 */
public record DatasetItem(PartialPath path, Optional<TimeRange> range) {
  public DatasetItem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(range, "range");
  }
}
