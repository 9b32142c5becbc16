/**
 * Statements that define or change the schema: databases, time series, tags and attributes, TTL,
 * flush.
 */
@Version("1.0.0")
package org.orrery.sql.ast.schema;

import org.osgi.annotation.versioning.Version;
