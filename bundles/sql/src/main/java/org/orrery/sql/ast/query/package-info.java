/**
 * SELECT statements and their clauses (select items, INTO, GROUP BY specs, FILL, ORDER BY and
 * result-set options), and EXPLAIN of a SELECT.
 */
@Version("1.1.0")
package org.orrery.sql.ast.query;

import org.osgi.annotation.versioning.Version;
