/**
 * What the plugin runtime reports: deployed plugins, their kinds, states and errors.
 *
 * <p>A plugin is a jar dropped into {@code deploy/}: an OSGi bundle that exports nothing, or a
 * plain jar that the runtime wraps into one. Extensions are found two ways: services the bundle
 * registers for an SDK interface, and classes listed in {@code META-INF/services/<SDK interface>}
 * that the runtime instantiates and registers on the plugin's behalf.
 */
@Version("1.0.0")
package org.orrery.plugin;

import org.osgi.annotation.versioning.Version;
