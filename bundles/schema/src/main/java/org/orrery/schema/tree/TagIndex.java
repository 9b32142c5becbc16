package org.orrery.schema.tree;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The inverted index of tags (key → value → series) that answers {@code SHOW/COUNT TIMESERIES
 * WHERE TAGS(k) = v} without visiting every series. Attributes are not indexed; the index counts
 * series per attribute key so a filter can tell whether a key might be an attribute somewhere
 * and the index alone would miss matches.
 */
final class TagIndex {
  private final Map<String, Map<String, Set<MeasurementNode>>> byKey = new HashMap<>();
  private final Map<String, Integer> attributeKeyUse = new HashMap<>();

  void add(MeasurementNode series) {
    for (Map.Entry<String, String> tag : series.tags().entrySet()) {
      byKey
          .computeIfAbsent(tag.getKey(), k -> new HashMap<>())
          .computeIfAbsent(tag.getValue(), v -> new HashSet<>())
          .add(series);
    }
    for (String key : series.attributes().keySet()) {
      attributeKeyUse.merge(key, 1, Integer::sum);
    }
  }

  void remove(MeasurementNode series) {
    for (Map.Entry<String, String> tag : series.tags().entrySet()) {
      Map<String, Set<MeasurementNode>> values = byKey.get(tag.getKey());
      Set<MeasurementNode> nodes = values == null ? null : values.get(tag.getValue());
      if (nodes == null || !nodes.remove(series)) {
        throw new IllegalStateException("tag index misses " + tag + " of " + series.name);
      }
      if (nodes.isEmpty()) {
        values.remove(tag.getValue());
        if (values.isEmpty()) {
          byKey.remove(tag.getKey());
        }
      }
    }
    for (String key : series.attributes().keySet()) {
      attributeKeyUse.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
    }
  }

  /** True when some series has an attribute named {@code key}. */
  boolean isAttributeKey(String key) {
    return attributeKeyUse.containsKey(key);
  }

  /** The series whose tag {@code key} equals {@code value}. */
  Set<MeasurementNode> equalTo(String key, String value) {
    Map<String, Set<MeasurementNode>> values = byKey.get(key);
    Set<MeasurementNode> nodes = values == null ? null : values.get(value);
    return nodes == null ? Set.of() : Collections.unmodifiableSet(nodes);
  }

  /** The series whose tag {@code key} contains {@code part}. */
  Set<MeasurementNode> containing(String key, String part) {
    Map<String, Set<MeasurementNode>> values = byKey.get(key);
    if (values == null) {
      return Set.of();
    }
    Set<MeasurementNode> result = new HashSet<>();
    for (Map.Entry<String, Set<MeasurementNode>> entry : values.entrySet()) {
      if (entry.getKey().contains(part)) {
        result.addAll(entry.getValue());
      }
    }
    return result;
  }
}
