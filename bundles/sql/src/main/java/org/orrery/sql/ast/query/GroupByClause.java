package org.orrery.sql.ast.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The GROUP BY clause: at most one window grouping, combined with grouping by path level or by tag
 * values.
 *
 * @param levels GROUP BY LEVEL = n[, m]; empty when absent
 * @param tagKeys GROUP BY TAGS(k1, k2); empty when absent
 */
public record GroupByClause(
    Optional<WindowGrouping> window,
    List<Integer> levels,
    List<String> tagKeys) {
  public GroupByClause {
    Objects.requireNonNull(window, "window");
    levels = List.copyOf(levels);
    tagKeys = List.copyOf(tagKeys);
  }

  public boolean byLevel() {
    return !levels.isEmpty();
  }

  public boolean byTags() {
    return !tagKeys.isEmpty();
  }
}
