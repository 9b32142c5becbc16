/** Statements that write or delete data points. */
@Version("1.0.0")
package org.orrery.sql.ast.write;

import org.osgi.annotation.versioning.Version;
