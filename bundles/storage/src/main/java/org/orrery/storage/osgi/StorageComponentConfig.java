package org.orrery.storage.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the storage engine, from {@code etc/org.orrery.storage.cfg}. Property names are
 * the method names with {@code _} read as {@code .} (e.g. {@code wal.mode}). The environment
 * variable {@code ORRERY_WAL_MODE} overrides {@code wal.mode}.
 */
@ObjectClassDefinition(name = "Orrery storage engine")
public @interface StorageComponentConfig {

  @AttributeDefinition(description = "Data directory holding data/ and wal/; empty means <karaf.data>")
  String data_dir() default "";

  @AttributeDefinition(description = "sync: fsync the WAL before acknowledging a write;"
      + " async: acknowledge at once and fsync every wal.async.sync.millis")
  String wal_mode() default "sync";

  @AttributeDefinition(description = "Longest time an acknowledged entry stays unsynced in async mode")
  long wal_async_sync_millis() default 1000;

  @AttributeDefinition(description = "Size after which a WAL segment is rolled over")
  long wal_segment_bytes() default 64L << 20;

  @AttributeDefinition(description = "Width of a time partition in milliseconds (7 days)")
  long time_partition_interval() default 604_800_000L;

  @AttributeDefinition(description = "Memtable bytes of a database that start a flush")
  long memtable_flush_bytes() default 64L << 20;

  @AttributeDefinition(description = "Age in milliseconds after which non-empty memtables are flushed")
  long memtable_max_age_millis() default 600_000L;

  @AttributeDefinition(description = "Memtable bytes of all databases before writers are held back;"
      + " 0 means a quarter of the heap")
  long memory_budget_bytes() default 0;

  @AttributeDefinition(description = "How long a held-back write waits before it is rejected")
  long write_block_timeout_millis() default 30_000;

  @AttributeDefinition(description = "Separate delayed points while their share stays below this ratio")
  double delayed_ratio_threshold() default 0.5;

  @AttributeDefinition(description = "Run compaction in the background")
  boolean compaction_enabled() default true;

  @AttributeDefinition(description = "Pause between compaction rounds in milliseconds")
  long compaction_interval_millis() default 30_000;

  @AttributeDefinition(description = "Write throughput allowed to compaction in MB/s")
  double compaction_mb_per_second() default 32;

  @AttributeDefinition(description = "Files of one kind in a partition that start an inner-space compaction")
  int compaction_min_files() default 4;

  @AttributeDefinition(description = "Bound in bytes (estimated heap) of the cache of parsed TsFile"
      + " metadata that queries share; -1 means 1/32 of the heap between 4 and 64 MiB, 0 disables it")
  long metadata_cache_bytes() default -1;
}
