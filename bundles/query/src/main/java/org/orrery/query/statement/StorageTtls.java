package org.orrery.query.statement;

import org.orrery.common.path.PathPattern;
import org.orrery.engine.schema.DatabaseInfo;
import org.orrery.engine.schema.SchemaEngine;
import org.orrery.engine.storage.StorageEngine;

/**
 * Hands the schema's TTLs to storage. The schema persists each database's TTL, but the storage
 * engine keeps TTLs in memory only, so after a restart storage would keep expired data visible
 * until someone set the TTL again; applying them all when the query engine starts closes that
 * gap (statements that change a TTL apply it themselves).
 */
public final class StorageTtls {
  private static final PathPattern EVERY_DATABASE = PathPattern.parse("root.**");

  private StorageTtls() {}

  /**
   * Sets every database's TTL from the schema in storage.
   *
   * @return the number of databases that have a TTL
   */
  public static int applyAll(SchemaEngine schema, StorageEngine storage) {
    int applied = 0;
    for (DatabaseInfo database : schema.databases(EVERY_DATABASE)) {
      if (database.hasTtl()) {
        storage.setTtl(database.path(), database.ttlMillis());
        applied++;
      }
    }
    return applied;
  }
}
