/** Statements about users, roles and privileges. */
@Version("1.0.0")
package org.orrery.sql.ast.auth;

import org.osgi.annotation.versioning.Version;
