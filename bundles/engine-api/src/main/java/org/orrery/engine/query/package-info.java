/** The query engine: executes SQL for a session and streams results in pages. */
@Version("1.0.0")
package org.orrery.engine.query;

import org.osgi.annotation.versioning.Version;
