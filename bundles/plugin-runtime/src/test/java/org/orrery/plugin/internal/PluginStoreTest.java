package org.orrery.plugin.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginStoreTest {
  @TempDir Path dir;

  @Test
  void noManifestMeansNoPlugins() throws Exception {
    assertEquals(List.of(), new PluginStore(dir).load());
  }

  @Test
  void savedManifestIsLoadedBackAndLeavesNoTemporaryFile() throws Exception {
    PluginStore store = new PluginStore(dir);
    ManifestEntry e = new ManifestEntry("p", "b".repeat(64), 7);
    store.save(List.of(e));
    assertEquals(List.of(e), new PluginStore(dir).load());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(PluginStore.MANIFEST_FILE),
          files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void jarsAreStoredByDigestAndUnreferencedOnesDeleted() throws Exception {
    PluginStore store = new PluginStore(dir);
    byte[] one = {1, 2, 3};
    byte[] two = {4, 5};
    ManifestEntry a = new ManifestEntry("a", Digests.sha256(one), 1);
    ManifestEntry b = new ManifestEntry("b", Digests.sha256(two), 1);
    store.storeJar(a.sha256(), one);
    Path second = store.storeJar(b.sha256(), two);
    assertArrayEquals(one, store.readJar(a));
    store.deleteUnreferencedJars(List.of(a));
    assertArrayEquals(one, store.readJar(a));
    assertFalse(Files.exists(second));
    assertTrue(Files.exists(dir.resolve("jars").resolve(a.storedJarName())));
  }
}
