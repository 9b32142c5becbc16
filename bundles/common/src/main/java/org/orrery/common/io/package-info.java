/** Crash-safe file operations shared by manifests, logs and snapshots. */
@Version("1.0.0")
package org.orrery.common.io;

import org.osgi.annotation.versioning.Version;
