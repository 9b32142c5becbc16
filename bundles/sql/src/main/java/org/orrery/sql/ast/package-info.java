/**
 * The typed statements that the SQL parser produces; one immutable record per statement, grouped
 * in sub-packages by family.
 */
@Version("1.0.0")
package org.orrery.sql.ast;

import org.osgi.annotation.versioning.Version;
