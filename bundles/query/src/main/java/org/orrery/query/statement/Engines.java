package org.orrery.query.statement;

import org.orrery.engine.auth.UserService;
import org.orrery.engine.schema.SchemaEngine;
import org.orrery.engine.storage.StorageEngine;
import org.orrery.query.QueryConfig;
import org.orrery.query.function.FunctionRegistry;

/**
 * The services statements run against.
 *
 * @param users null when no user service is present
 */
public record Engines(
    QueryConfig config,
    SchemaEngine schema,
    StorageEngine storage,
    UserService users,
    FunctionRegistry functions) {}
