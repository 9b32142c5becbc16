/** SHOW and COUNT statements over the schema, and SHOW VERSION. */
@Version("1.0.0")
package org.orrery.sql.ast.metadata;

import org.osgi.annotation.versioning.Version;
