package org.orrery.schema.tree;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tags and attributes of one series, as flat key/value arrays sorted by key: far smaller than two
 * maps, and series rarely have more than a handful of either.
 */
final class SeriesProperties {
  private static final String[] NONE = new String[0];

  private final String[] tags;
  private final String[] attributes;

  private SeriesProperties(String[] tags, String[] attributes) {
    this.tags = tags;
    this.attributes = attributes;
  }

  /** The properties for these maps, or null when both are empty. */
  static SeriesProperties of(Map<String, String> tags, Map<String, String> attributes) {
    if (tags.isEmpty() && attributes.isEmpty()) {
      return null;
    }
    return new SeriesProperties(flatten(tags), flatten(attributes));
  }

  boolean hasTags() {
    return tags.length > 0;
  }

  Map<String, String> tags() {
    return toMap(tags);
  }

  Map<String, String> attributes() {
    return toMap(attributes);
  }

  String tagOrAttribute(String key) {
    String value = lookup(tags, key);
    return value != null ? value : lookup(attributes, key);
  }

  private static String lookup(String[] flat, String key) {
    for (int i = 0; i < flat.length; i += 2) {
      if (flat[i].equals(key)) {
        return flat[i + 1];
      }
    }
    return null;
  }

  private static String[] flatten(Map<String, String> map) {
    if (map.isEmpty()) {
      return NONE;
    }
    String[] keys = map.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    String[] flat = new String[keys.length * 2];
    for (int i = 0; i < keys.length; i++) {
      flat[2 * i] = keys[i];
      flat[2 * i + 1] = map.get(keys[i]);
    }
    return flat;
  }

  private static Map<String, String> toMap(String[] flat) {
    if (flat.length == 0) {
      return Map.of();
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < flat.length; i += 2) {
      map.put(flat[i], flat[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
