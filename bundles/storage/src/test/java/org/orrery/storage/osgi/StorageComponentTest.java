package org.orrery.storage.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orrery.storage.StorageConfig;
import org.orrery.storage.WalMode;

class StorageComponentTest {
  /** A configuration with the annotation defaults, some overridden. */
  private static StorageComponentConfig config(Map<String, Object> values) {
    return (StorageComponentConfig) Proxy.newProxyInstance(StorageComponentConfig.class.getClassLoader(),
        new Class<?>[] {StorageComponentConfig.class},
        (proxy, method, args) -> values.getOrDefault(method.getName(), method.getDefaultValue()));
  }

  @Test
  void defaultsGiveSyncWalAndSevenDayPartitions() {
    StorageConfig c = StorageComponent.toStorageConfig(config(Map.of()), null);
    assertEquals(WalMode.SYNC, c.walMode());
    assertEquals(7 * StorageConfig.DAY_MILLIS, c.partitionWidthMillis());
  }

  @Test
  void environmentOverridesTheConfiguredWalMode() {
    StorageComponentConfig cfg = config(Map.of("wal_mode", "sync"));
    assertEquals(WalMode.ASYNC, StorageComponent.toStorageConfig(cfg, "ASYNC").walMode());
    assertEquals(WalMode.SYNC, StorageComponent.toStorageConfig(cfg, "").walMode());
    assertEquals(WalMode.ASYNC,
        StorageComponent.toStorageConfig(config(Map.of("wal_mode", "async")), null).walMode());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StorageComponent.toStorageConfig(cfg, "fast"));
    assertEquals("unknown WAL mode 'fast' (expected sync or async)", e.getMessage());
  }
}
