/**
 * Expression trees of SELECT, WHERE, HAVING, ORDER BY and GROUP BY: literals, paths, function
 * calls and operators.
 */
@Version("1.0.0")
package org.orrery.sql.ast.expression;

import org.osgi.annotation.versioning.Version;
