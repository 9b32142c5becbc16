/**
 * Statements that register, drop and list user-defined functions, triggers and continuous queries.
 */
@Version("1.0.0")
package org.orrery.sql.ast.plugin;

import org.osgi.annotation.versioning.Version;
