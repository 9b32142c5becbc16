/**
 * Entry point of the SQL parser: {@link org.orrery.sql.SqlParser} turns the text of one or more
 * statements into {@link org.orrery.sql.ast.Statement} records, or throws a
 * {@link org.orrery.sql.SqlSyntaxException} that names the line, column and offending token.
 */
@Version("1.0.0")
package org.orrery.sql;

import org.osgi.annotation.versioning.Version;
