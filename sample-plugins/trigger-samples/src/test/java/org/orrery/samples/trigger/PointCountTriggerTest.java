package org.orrery.samples.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.trigger.api.TriggerAttributes;
import org.orrery.trigger.api.data.Tablet;

class PointCountTriggerTest {

  @TempDir Path directory;

  private TriggerAttributes attributes() {
    return new TriggerAttributes(
        Map.of("checkpoint", directory.resolve("state/point_count.properties").toString()));
  }

  private PointCountTrigger created() throws Exception {
    PointCountTrigger trigger = new PointCountTrigger();
    trigger.validate(attributes());
    trigger.onCreate(attributes());
    return trigger;
  }

  private static Tablet threeRows() {
    BitSet nullAt2 = new BitSet();
    nullAt2.set(2);
    return Tablet.builder("root.sg.d1", new long[] {1, 2, 3})
        .addDoubles("s1", new double[] {1, 2, 3}, null)
        .addLongs("s2", new long[] {1, 2, 3}, nullAt2)
        .build();
  }

  private Properties checkpointFile() throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(directory.resolve("state/point_count.properties"))) {
      properties.load(reader);
    }
    return properties;
  }

  @Test
  void countsNonNullPointsPerSeriesAndCheckpointsThem() throws Exception {
    PointCountTrigger trigger = created();
    assertTrue(trigger.fire(threeRows()));
    assertTrue(trigger.fire(threeRows()));
    assertEquals(Map.of("root.sg.d1.s1", 6L, "root.sg.d1.s2", 4L), trigger.counts());
    Properties saved = checkpointFile();
    assertEquals("1", saved.getProperty("format"));
    assertEquals("6", saved.getProperty("points.root.sg.d1.s1"));
    assertEquals("4", saved.getProperty("points.root.sg.d1.s2"));
  }

  @Test
  void aRestoredInstanceContinuesCounting() throws Exception {
    created().fire(threeRows());

    // Restart: the server creates a new instance, then calls onCreate and restore.
    PointCountTrigger restored = created();
    restored.restore();
    assertEquals(3L, restored.counts().get("root.sg.d1.s1"));
    restored.fire(Tablet.builder("root.sg.d2", new long[] {9}).addInts("s1", new int[] {1}, null)
        .build());
    assertEquals(Map.of("root.sg.d1.s1", 3L, "root.sg.d1.s2", 2L, "root.sg.d2.s1", 1L),
        restored.counts());
  }

  @Test
  void restoreWithoutACheckpointStartsFromZero() throws Exception {
    PointCountTrigger trigger = created();
    trigger.restore();
    assertTrue(trigger.counts().isEmpty());
  }

  @Test
  void dropDeletesTheCheckpoint() throws Exception {
    PointCountTrigger trigger = created();
    trigger.fire(threeRows());
    trigger.onDrop();
    assertFalse(Files.exists(directory.resolve("state/point_count.properties")));
    assertTrue(trigger.counts().isEmpty());
  }

  @Test
  void aCheckpointOfAnotherFormatIsRejected() throws Exception {
    Files.createDirectories(directory.resolve("state"));
    Files.writeString(directory.resolve("state/point_count.properties"), "format=2\n");
    PointCountTrigger trigger = created();
    IOException e = assertThrows(IOException.class, trigger::restore);
    assertTrue(e.getMessage().contains("has format '2', expected '1'"), e.getMessage());
  }

  @Test
  void checkpointAttributeIsRequired() {
    assertEquals("trigger attribute 'checkpoint' is required but was not given",
        assertThrows(IllegalArgumentException.class,
            () -> new PointCountTrigger().validate(new TriggerAttributes(Map.of()))).getMessage());
  }
}
