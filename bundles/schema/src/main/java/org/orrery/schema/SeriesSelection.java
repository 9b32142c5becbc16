package org.orrery.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.SeriesFilter;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.schema.tree.MeasurementNode;
import org.orrery.schema.tree.PatternWalker;
import org.orrery.schema.tree.PatternWalker.Action;
import org.orrery.schema.tree.SchemaTree;

/**
 * The series that a pattern and {@code WHERE} filters select ({@code SHOW/COUNT TIMESERIES}).
 * With a tag filter the tag index yields the candidates; when they are few they are checked
 * against the pattern and sorted, which beats walking a large subtree for a rare tag. Otherwise
 * the pattern walk tests each series it reaches. Offset and limit apply during the walk, which
 * stops as soon as the page is full.
 */
final class SeriesSelection {
  /** Up to this many tag-index candidates are sorted instead of walking the pattern. */
  static final int CANDIDATE_LIMIT = 1 << 16;

  private final SchemaTree tree;
  private final PathPattern pattern;
  private final Predicate<MeasurementNode> filter;
  private final Set<MeasurementNode> candidates;

  SeriesSelection(SchemaTree tree, PathPattern pattern, List<SeriesFilter> filters) {
    this.tree = tree;
    this.pattern = pattern;
    Predicate<MeasurementNode> all = node -> true;
    Set<MeasurementNode> fromIndex = null;
    for (SeriesFilter f : filters == null ? List.<SeriesFilter>of() : filters) {
      all = all.and(predicate(f));
      if (fromIndex == null && f.kind() == SeriesFilter.Kind.TAG_EQUALS
          && !tree.isAttributeKey(f.key())) {
        fromIndex = tree.seriesWithTag(f.key(), f.value());
      } else if (fromIndex == null && f.kind() == SeriesFilter.Kind.TAG_CONTAINS
          && !tree.isAttributeKey(f.key())) {
        fromIndex = tree.seriesWithTagContaining(f.key(), f.value());
      }
    }
    this.filter = all;
    this.candidates = fromIndex != null && fromIndex.size() <= CANDIDATE_LIMIT ? fromIndex : null;
  }

  List<SeriesInfo> list(int offset, int limit) {
    checkPage(offset, limit);
    List<SeriesInfo> result = new ArrayList<>();
    if (candidates != null) {
      List<SeriesInfo> matches = new ArrayList<>();
      for (MeasurementNode node : candidates) {
        PartialPath path = PartialPath.of(node.pathNodes());
        if (filter.test(node) && matches(node, path)) {
          matches.add(SeriesViews.series(node, path));
        }
      }
      matches.sort((a, b) -> a.path().compareTo(b.path()));
      int end = limit == 0 ? matches.size() : (int) Math.min(matches.size(), (long) offset + limit);
      return offset >= matches.size() ? result : new ArrayList<>(matches.subList(offset, end));
    }
    PatternWalker walker = new PatternWalker(pattern);
    int[] skip = {offset};
    walker.walk(
        tree.root(),
        new PatternWalker.Visitor() {
          @Override
          public Action measurement(
              MeasurementNode node, int depth, boolean matched, boolean parentMatched) {
            if (!matched || !filter.test(node)) {
              return Action.CONTINUE;
            }
            if (skip[0] > 0) {
              skip[0]--;
              return Action.CONTINUE;
            }
            result.add(SeriesViews.series(node, walker.path(depth)));
            return limit > 0 && result.size() >= limit ? Action.STOP : Action.CONTINUE;
          }
        });
    return result;
  }

  long count() {
    if (candidates != null) {
      long count = 0;
      for (MeasurementNode node : candidates) {
        if (filter.test(node) && matches(node, PartialPath.of(node.pathNodes()))) {
          count++;
        }
      }
      return count;
    }
    long[] count = {0};
    new PatternWalker(pattern)
        .walk(
            tree.root(),
            new PatternWalker.Visitor() {
              @Override
              public Action measurement(
                  MeasurementNode node, int depth, boolean matched, boolean parentMatched) {
                if (matched && filter.test(node)) {
                  count[0]++;
                }
                return Action.CONTINUE;
              }
            });
    return count[0];
  }

  /** Pattern match by the series' name or, in the last node, its alias. */
  private boolean matches(MeasurementNode node, PartialPath path) {
    if (pattern.matches(path)) {
      return true;
    }
    return node.alias() != null
        && pattern.matches(path.devicePath().concat(PartialPath.of(node.alias())));
  }

  static void checkPage(int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new OrreryException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "offset and limit must not be negative (offset " + offset + ", limit " + limit + ")");
    }
  }

  private static Predicate<MeasurementNode> predicate(SeriesFilter f) {
    String value = f.value();
    switch (f.kind()) {
      case TAG_EQUALS:
        String key = requireKey(f);
        return node -> value.equals(node.tagOrAttribute(key));
      case TAG_CONTAINS:
        String containsKey = requireKey(f);
        return node -> {
          String v = node.tagOrAttribute(containsKey);
          return v != null && v.contains(value);
        };
      case NAME_CONTAINS:
        return node -> node.name().contains(value);
      default:
        DataType type;
        try {
          type = DataType.fromName(value.trim());
        } catch (IllegalArgumentException e) {
          throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, e.getMessage());
        }
        return node -> node.type() == type;
    }
  }

  private static String requireKey(SeriesFilter f) {
    if (f.key() == null || f.key().isEmpty()) {
      throw new OrreryException(
          ErrorCode.ILLEGAL_ARGUMENT, "tag filter " + f.kind() + " needs a key (value '" + f.value() + "')");
    }
    return f.key();
  }
}
