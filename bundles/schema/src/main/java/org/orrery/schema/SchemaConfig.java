package org.orrery.schema;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;

/**
 * Settings of the schema engine. Defaults match IoTDB 1.3 on a single node: auto-creation on,
 * databases at level 1, integer and floating literals as DOUBLE, the default encodings of
 * {@link EncodingRules#defaultEncodings()}, LZ4, 7-day time partitions, and every change fsynced.
 * Immutable; build one with {@link #builder()}.
 */
public final class SchemaConfig {
  /** IoTDB's default time partition width: 7 days. */
  public static final long DEFAULT_PARTITION_MILLIS = TimeUnit.DAYS.toMillis(7);

  private final boolean autoCreateSchema;
  private final int defaultDatabaseLevel;
  private final DataType integerLiteralType;
  private final DataType floatingLiteralType;
  private final Map<DataType, Byte> defaultEncodings;
  private final byte defaultCompressor;
  private final long timePartitionMillis;
  private final boolean sync;
  private final long snapshotIntervalOps;

  private SchemaConfig(Builder b) {
    if (b.defaultDatabaseLevel < 1) {
      throw invalid("default.database.level must be at least 1 but is " + b.defaultDatabaseLevel);
    }
    if (!b.integerLiteralType.isNumeric()) {
      throw invalid("integer.literal.type must be INT32, INT64, FLOAT or DOUBLE but is "
          + b.integerLiteralType);
    }
    if (b.floatingLiteralType != DataType.FLOAT && b.floatingLiteralType != DataType.DOUBLE) {
      throw invalid("floating.literal.type must be FLOAT or DOUBLE but is " + b.floatingLiteralType);
    }
    if (b.timePartitionMillis <= 0) {
      throw invalid("time partition interval must be positive but is " + b.timePartitionMillis);
    }
    if (b.snapshotIntervalOps < 1) {
      throw invalid("snapshot interval must be at least 1 operation but is " + b.snapshotIntervalOps);
    }
    autoCreateSchema = b.autoCreateSchema;
    defaultDatabaseLevel = b.defaultDatabaseLevel;
    integerLiteralType = b.integerLiteralType;
    floatingLiteralType = b.floatingLiteralType;
    Map<DataType, Byte> encodings = new EnumMap<>(DataType.class);
    for (DataType type : DataType.values()) {
      encodings.put(type, EncodingRules.encodingId(b.defaultEncodings.get(type), type));
    }
    defaultEncodings = encodings;
    defaultCompressor = EncodingRules.compressorId(b.defaultCompressor);
    timePartitionMillis = b.timePartitionMillis;
    sync = b.sync;
    snapshotIntervalOps = b.snapshotIntervalOps;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The defaults. */
  public static SchemaConfig defaults() {
    return builder().build();
  }

  /** {@code auto.create.schema}: create databases and series on first write. */
  public boolean autoCreateSchema() {
    return autoCreateSchema;
  }

  /** {@code default.database.level}: the level (root = 0) of auto-created databases. */
  public int defaultDatabaseLevel() {
    return defaultDatabaseLevel;
  }

  public DataType integerLiteralType() {
    return integerLiteralType;
  }

  public DataType floatingLiteralType() {
    return floatingLiteralType;
  }

  /** The persisted id of the default encoding for {@code type}. */
  public byte defaultEncoding(DataType type) {
    return defaultEncodings.get(type);
  }

  /** The persisted id of the default compressor. */
  public byte defaultCompressor() {
    return defaultCompressor;
  }

  public long timePartitionMillis() {
    return timePartitionMillis;
  }

  /** {@code sync}: fsync the schema log before a change returns. */
  public boolean sync() {
    return sync;
  }

  /** Minimum number of logged operations between two snapshots. */
  public long snapshotIntervalOps() {
    return snapshotIntervalOps;
  }

  private static OrreryException invalid(String message) {
    return new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, message);
  }

  /** Collects settings; {@link #build()} validates them. */
  public static final class Builder {
    private boolean autoCreateSchema = true;
    private int defaultDatabaseLevel = 1;
    private DataType integerLiteralType = DataType.DOUBLE;
    private DataType floatingLiteralType = DataType.DOUBLE;
    private final Map<DataType, String> defaultEncodings = EncodingRules.defaultEncodings();
    private String defaultCompressor = "LZ4";
    private long timePartitionMillis = DEFAULT_PARTITION_MILLIS;
    private boolean sync = true;
    private long snapshotIntervalOps = 100_000;

    private Builder() {}

    public Builder autoCreateSchema(boolean value) {
      autoCreateSchema = value;
      return this;
    }

    public Builder defaultDatabaseLevel(int value) {
      defaultDatabaseLevel = value;
      return this;
    }

    public Builder integerLiteralType(DataType value) {
      integerLiteralType = value;
      return this;
    }

    public Builder floatingLiteralType(DataType value) {
      floatingLiteralType = value;
      return this;
    }

    /** Sets the default encoding (an SQL name such as {@code GORILLA}) of one type. */
    public Builder defaultEncoding(DataType type, String encoding) {
      defaultEncodings.put(type, encoding);
      return this;
    }

    public Builder defaultCompressor(String value) {
      defaultCompressor = value;
      return this;
    }

    public Builder timePartitionMillis(long value) {
      timePartitionMillis = value;
      return this;
    }

    public Builder sync(boolean value) {
      sync = value;
      return this;
    }

    public Builder snapshotIntervalOps(long value) {
      snapshotIntervalOps = value;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws OrreryException ILLEGAL_ARGUMENT naming the first invalid setting
     */
    public SchemaConfig build() {
      return new SchemaConfig(this);
    }
  }
}
