/**
 * The Java client of Orrery's native protocol: {@link org.orrery.client.Session} for one
 * connection, {@link org.orrery.client.SessionPool} for many threads. Blocking sockets, no
 * dependencies besides orrery-common and orrery-protocol. 1.1.0 added
 * {@link org.orrery.client.InsertPipeline} ({@code Session.insertPipeline}) and
 * {@code Session.Builder.readAheadPages}; 1.2.0 added {@code Session.Builder.pagesPerFetch}.
 */
@Version("1.2.0")
package org.orrery.client;

import org.osgi.annotation.versioning.Version;
