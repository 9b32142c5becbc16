/**
 * The Orrery JDBC driver: {@link org.orrery.jdbc.OrreryDriver} for URLs
 * {@code jdbc:orrery://host:port/} and {@link org.orrery.jdbc.OrreryDataSource}. Everything else
 * is reached through the {@code java.sql} interfaces.
 */
@Version("1.0.0")
package org.orrery.jdbc;

import org.osgi.annotation.versioning.Version;
