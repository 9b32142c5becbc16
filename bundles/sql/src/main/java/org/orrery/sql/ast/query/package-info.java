/**
 * SELECT statements and their clauses: select items, INTO, GROUP BY specs, FILL, ORDER BY and
 * result-set options.
 */
@Version("1.0.0")
package org.orrery.sql.ast.query;

import org.osgi.annotation.versioning.Version;
