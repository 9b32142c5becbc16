package org.orrery.storage.osgi;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.LastPoint;
import org.orrery.engine.storage.RegionStatus;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.StorageEngine;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.storage.LsmStorageEngine;
import org.orrery.storage.StorageConfig;
import org.orrery.storage.WalMode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage engine as an OSGi service (PID {@code org.orrery.storage}): reads the
 * configuration (the environment variable {@code ORRERY_WAL_MODE} wins over {@code wal.mode}),
 * opens an {@link LsmStorageEngine} on activation, which recovers the data, and closes it (with
 * a flush) on deactivation. A configuration change restarts the component.
 */
@Component(
    service = StorageEngine.class,
    configurationPid = "org.orrery.storage",
    configurationPolicy = ConfigurationPolicy.OPTIONAL,
    immediate = true)
@Designate(ocd = StorageComponentConfig.class)
public class StorageComponent implements StorageEngine {
  private static final Logger LOG = LoggerFactory.getLogger(StorageComponent.class);

  /** The environment variable that overrides {@code wal.mode}. */
  public static final String WAL_MODE_ENV = "ORRERY_WAL_MODE";

  @Reference
  private CodecRegistry codecs;

  private LsmStorageEngine engine;

  @Activate
  void activate(StorageComponentConfig config) {
    Path dir = config.data_dir().isBlank()
        ? Path.of(System.getProperty("karaf.data", "data"))
        : Path.of(config.data_dir());
    StorageConfig settings = toStorageConfig(config, System.getenv(WAL_MODE_ENV));
    engine = new LsmStorageEngine(settings, dir, codecs);
    LOG.info("storage engine open in {} (WAL {})", dir, settings.walMode());
  }

  @Deactivate
  void deactivate() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  /** The engine settings of a component configuration and the WAL mode override (may be null). */
  static StorageConfig toStorageConfig(StorageComponentConfig c, String walModeOverride) {
    String mode = walModeOverride != null && !walModeOverride.isBlank() ? walModeOverride : c.wal_mode();
    StorageConfig defaults = StorageConfig.defaults();
    long budget = c.memory_budget_bytes() > 0 ? c.memory_budget_bytes() : defaults.memoryBudgetBytes();
    return new StorageConfig(
        c.time_partition_interval(),
        WalMode.parse(mode),
        c.wal_async_sync_millis(),
        c.wal_segment_bytes(),
        Math.min(c.memtable_flush_bytes(), Math.max(1, budget / 2)),
        c.memtable_max_age_millis(),
        budget,
        c.write_block_timeout_millis(),
        c.delayed_ratio_threshold(),
        c.compaction_enabled(),
        c.compaction_interval_millis(),
        c.compaction_mb_per_second(),
        c.compaction_min_files(),
        c.metadata_cache_bytes() >= 0 ? c.metadata_cache_bytes() : defaults.metadataCacheBytes());
  }

  @Override
  public void write(WriteBatch batch) {
    engine.write(batch);
  }

  @Override
  public void write(List<WriteBatch> batches) {
    engine.write(batches);
  }

  @Override
  public void delete(PartialPath database, PartialPath device, List<String> measurements, long from, long to) {
    engine.delete(database, device, measurements, from, to);
  }

  @Override
  public void dropDatabase(PartialPath database) {
    engine.dropDatabase(database);
  }

  @Override
  public void setTtl(PartialPath database, long ttlMillis) {
    engine.setTtl(database, ttlMillis);
  }

  @Override
  public SeriesSource open(SeriesQuery query) {
    return engine.open(query);
  }

  @Override
  public Optional<LastPoint> last(PartialPath database, PartialPath device, boolean aligned,
      String measurement, DataType type) {
    return engine.last(database, device, aligned, measurement, type);
  }

  @Override
  public void flush(PartialPath database) {
    engine.flush(database);
  }

  @Override
  public List<RegionStatus> regions() {
    return engine.regions();
  }
}
