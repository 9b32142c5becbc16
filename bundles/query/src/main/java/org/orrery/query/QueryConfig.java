package org.orrery.query;

import org.orrery.common.time.TimestampPrecision;

/**
 * Limits and settings of the query engine (ConfigAdmin PID {@code org.orrery.query}).
 *
 * @param defaultTimeoutMillis timeout of a query whose session sets none; 0 means none
 * @param memoryLimitBytes the most memory one query may declare before it fails
 * @param precision the unit of stored timestamps
 * @param version the text {@code SHOW VERSION} prints
 */
public record QueryConfig(
    long defaultTimeoutMillis, long memoryLimitBytes, TimestampPrecision precision, String version) {

  /** 60 s, 512 MiB, millisecond timestamps. */
  public static final QueryConfig DEFAULT =
      new QueryConfig(60_000L, 512L * 1024 * 1024, TimestampPrecision.MILLISECONDS, "0.1.0");

  public QueryConfig {
    if (defaultTimeoutMillis < 0) {
      throw new IllegalArgumentException("negative query timeout: " + defaultTimeoutMillis);
    }
    if (memoryLimitBytes <= 0) {
      throw new IllegalArgumentException("query memory limit must be positive: " + memoryLimitBytes);
    }
  }
}
