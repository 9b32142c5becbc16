package org.orrery.plugin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.plugin.internal.PluginManifestFormat.CorruptManifestException;

class PluginManifestFormatTest {
  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "0123456789abcdef".repeat(4);

  @Test
  void entriesSurviveARoundTrip() throws Exception {
    List<ManifestEntry> entries = List.of(
        new ManifestEntry("udf-samples", SHA_A, 1_700_000_000_000L),
        new ManifestEntry("my.trigger-1.0", SHA_B, 42L));
    byte[] bytes = PluginManifestFormat.encode(entries);
    assertEquals(
        "orrery-plugin-manifest 1\nplugin udf-samples " + SHA_A + " 1700000000000\n"
            + "plugin my.trigger-1.0 " + SHA_B + " 42\n",
        new String(bytes, StandardCharsets.UTF_8));
    assertEquals(entries, PluginManifestFormat.decode(bytes));
  }

  @Test
  void anEmptyManifestHasOnlyTheHeader() throws Exception {
    byte[] bytes = PluginManifestFormat.encode(List.of());
    assertEquals(List.of(), PluginManifestFormat.decode(bytes));
  }

  @Test
  void anUnknownVersionIsRefusedNotGuessed() {
    CorruptManifestException e = assertThrows(CorruptManifestException.class,
        () -> PluginManifestFormat.decode(bytes("orrery-plugin-manifest 2\n")));
    assertTrue(e.getMessage().contains("unsupported manifest version '2'"), e.getMessage());
  }

  @Test
  void corruptionNamesTheLine() {
    assertMessage("line 1: expected", "garbage\n");
    assertMessage("line 2: expected 'plugin <name> <sha256> <millis>'",
        "orrery-plugin-manifest 1\nplugin x\n");
    assertMessage("line 2: not a sha-256 hex digest",
        "orrery-plugin-manifest 1\nplugin x nothex 1\n");
    assertMessage("line 2: invalid plugin name", "orrery-plugin-manifest 1\nplugin /etc " + SHA_A
        + " 1\n");
    assertMessage("truncated", "orrery-plugin-manifest 1\nplugin x " + SHA_A + " 1");
  }

  private static void assertMessage(String expected, String content) {
    CorruptManifestException e = assertThrows(CorruptManifestException.class,
        () -> PluginManifestFormat.decode(bytes(content)));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
