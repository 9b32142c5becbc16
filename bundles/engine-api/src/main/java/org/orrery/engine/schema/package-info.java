/** The schema tree: databases, devices, measurements, tags and attributes, auto-creation. */
@Version("1.0.0")
package org.orrery.engine.schema;

import org.osgi.annotation.versioning.Version;
