/** The status of a running Orrery node: version, uptime, roles and bundles. */
@Version("1.0.0")
package org.orrery.server.status;

import org.osgi.annotation.versioning.Version;
