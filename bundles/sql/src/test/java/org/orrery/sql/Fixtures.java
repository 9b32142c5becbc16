package org.orrery.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.path.PartialPath;

/** Small builders for expected statements. */
final class Fixtures {
  private Fixtures() {}

  static PartialPath p(String path) {
    return PartialPath.parse(path);
  }

  static List<PartialPath> paths(String... paths) {
    return java.util.Arrays.stream(paths).map(PartialPath::parse).toList();
  }

  /** An ordered map from alternating keys and values. */
  static Map<String, String> kv(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
