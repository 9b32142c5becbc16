package org.orrery.engine.query;

import java.util.List;
import org.orrery.common.error.OrreryException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Executes the IoTDB tree-model SQL dialect. Thread-safe; each call runs under the given
 * session's user, zone and limits.
 */
@ProviderType
public interface QueryEngine {

  /**
   * Parses and executes one statement.
   *
   * @throws OrreryException SYNTAX_ERROR naming line, column and token; SEMANTIC_ERROR naming the
   *     offending path, function or type; PERMISSION_DENIED; or a schema/storage error
   */
  ExecutionResult execute(SessionContext session, String sql);

  /**
   * Inserts tablets (the columnar write path of clients): schema check and auto-creation, then
   * storage. Columns rejected by the schema are reported, the rest are written.
   */
  InsertOutcome insert(SessionContext session, List<InsertTablet> tablets);
}
