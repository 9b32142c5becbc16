package org.orrery.sql.ast.schema;

/** Settings of a database in {@code CREATE DATABASE ... WITH} and {@code ALTER DATABASE}. */
public enum DatabaseProperty {
  TTL,
  SCHEMA_REPLICATION_FACTOR,
  DATA_REPLICATION_FACTOR,
  TIME_PARTITION_INTERVAL,
  SCHEMA_REGION_GROUP_NUM,
  DATA_REGION_GROUP_NUM;

  /** The property with that name, ignoring case, or null. */
  public static DatabaseProperty fromName(String name) {
    for (DatabaseProperty property : values()) {
      if (property.name().equalsIgnoreCase(name)) {
        return property;
      }
    }
    return null;
  }
}
