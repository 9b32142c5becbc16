package org.orrery.trigger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerAttributesTest {

  private final TriggerAttributes attributes = attributes();

  private static TriggerAttributes attributes() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("name", "trigger");
    map.put("limit", " 100 ");
    map.put("ratio", "0.25");
    map.put("enabled", "False");
    map.put("bad", "1e");
    return new TriggerAttributes(map);
  }

  @Test
  void typedGetters() {
    assertEquals("trigger", attributes.getString("name"));
    assertEquals(100, attributes.getInt("limit"));
    assertEquals(100L, attributes.getRequiredLong("limit"));
    assertEquals(0.25, attributes.getRequiredDouble("ratio"));
    assertEquals(0.25f, attributes.getFloat("ratio"));
    assertEquals(Boolean.FALSE, attributes.getBoolean("enabled"));
    assertEquals(List.of("name", "limit", "ratio", "enabled", "bad"),
        List.copyOf(attributes.getAttributes().keySet()));
  }

  @Test
  void absentAttributesGiveNullOrDefaults() {
    assertNull(attributes.getDouble("threshold"));
    assertEquals(5, attributes.getIntOrDefault("threshold", 5));
    assertEquals(7L, attributes.getLongOrDefault("threshold", 7L));
    assertEquals(1.5, attributes.getDoubleOrDefault("threshold", 1.5));
    assertEquals(2f, attributes.getFloatOrDefault("threshold", 2f));
    assertTrue(attributes.getBooleanOrDefault("threshold", true));
    assertEquals("x", attributes.getStringOrDefault("threshold", "x"));
  }

  @Test
  void errorsNameTheAttribute() {
    assertEquals("trigger attribute 'threshold' is required but was not given",
        assertThrows(IllegalArgumentException.class,
            () -> attributes.getRequiredDouble("threshold")).getMessage());
    assertEquals("trigger attribute 'bad' = '1e' is not a valid DOUBLE number",
        assertThrows(IllegalArgumentException.class, () -> attributes.getDouble("bad"))
            .getMessage());
    assertEquals("trigger attribute 'name' = 'trigger' is not a valid boolean",
        assertThrows(IllegalArgumentException.class, () -> attributes.getBoolean("name"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> attributes.getInt("ratio"));
  }

  @Test
  void attributesAreACopy() {
    Map<String, String> map = new LinkedHashMap<>(Map.of("k", "v"));
    TriggerAttributes copy = new TriggerAttributes(map);
    map.put("k", "changed");
    assertEquals("v", copy.getString("k"));
    assertThrows(UnsupportedOperationException.class, () -> copy.getAttributes().clear());
  }
}
