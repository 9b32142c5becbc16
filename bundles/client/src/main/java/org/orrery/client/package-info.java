/**
 * The Java client of Orrery's native protocol: {@link org.orrery.client.Session} for one
 * connection, {@link org.orrery.client.SessionPool} for many threads. Blocking sockets, no
 * dependencies besides orrery-common and orrery-protocol.
 */
@Version("1.0.0")
package org.orrery.client;

import org.osgi.annotation.versioning.Version;
