package org.orrery.schema.tree;

import org.orrery.common.path.PartialPath;
import org.orrery.engine.schema.DatabaseInfo;

/** A database: the node whose subtree shares data regions, TTL and time partitioning. */
public final class DatabaseNode extends InnerNode {
  private DatabaseInfo info;

  DatabaseNode(String name, InnerNode parent, PartialPath path, long ttlMillis, long partitionMillis) {
    super(name, parent);
    this.info = new DatabaseInfo(path, ttlMillis, partitionMillis);
  }

  /** The database as the API describes it; cached because writes ask for it on every call. */
  public DatabaseInfo info() {
    return info;
  }

  public PartialPath path() {
    return info.path();
  }

  void setTtl(long ttlMillis) {
    info = new DatabaseInfo(info.path(), ttlMillis, info.timePartitionMillis());
  }
}
