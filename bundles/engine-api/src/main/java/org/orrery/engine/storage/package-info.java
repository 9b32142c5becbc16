/** The storage engine: writes through the WAL, deletion, series reads with statistics, flush. */
@Version("1.1.0")
package org.orrery.engine.storage;

import org.osgi.annotation.versioning.Version;
