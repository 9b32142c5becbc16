package org.orrery.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.SeriesInfo;

/** Large nodes switch child storage; lookups, order and deletion must not notice. */
class InnerNodeTest {
  @TempDir Path dir;

  @Test
  void manyChildrenStayOrderedAndFindable() {
    try (FileSchemaEngine engine = new FileSchemaEngine(SchemaConfig.builder().sync(false).build(), dir)) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < 1500; i++) {
        names.add("d" + i);
      }
      Collections.shuffle(names, new Random(7));
      for (String name : names) {
        engine.prepareWrite(PartialPath.parse("root.sg." + name), List.of("s"), List.of(DataType.INT32), false);
      }
      List<String> listed =
          engine.devices(PathPattern.parse("root.sg.*"), 0, 0).stream()
              .map(d -> d.path().lastNode())
              .collect(Collectors.toList());
      List<String> sorted = new ArrayList<>(names);
      Collections.sort(sorted);
      assertEquals(sorted, listed);
      assertEquals(1, engine.series(PathPattern.parse("root.sg.d777.s"), List.of(), 0, 0).size());
      for (int i = 0; i < 1500; i += 2) {
        engine.deleteTimeseries(List.of(PathPattern.parse("root.sg.d" + i + ".s")));
      }
      List<SeriesInfo> left = engine.series(PathPattern.parse("root.sg.*.s"), List.of(), 0, 0);
      assertEquals(750, left.size());
      assertEquals(PartialPath.parse("root.sg.d1.s"), left.get(0).path());
    }
  }
}
