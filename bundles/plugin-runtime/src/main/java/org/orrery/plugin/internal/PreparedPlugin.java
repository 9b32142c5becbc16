package org.orrery.plugin.internal;

import java.util.List;
import java.util.Map;

/**
 * A deploy file turned into what gets installed.
 *
 * @param name plugin name
 * @param sha256 digest of the deployed file (not of the installed bytes)
 * @param bundleBytes the bundle to install: the file itself with one added header, or the
 *     wrapped plain jar
 * @param symbolicName Bundle-SymbolicName of the installed bundle
 * @param version Bundle-Version of the installed bundle
 * @param wrapped true when a plain jar was wrapped
 * @param declaredExtensions SDK interface name → implementation classes listed in
 *     META-INF/services; the runtime instantiates these for wrapped plain jars
 */
record PreparedPlugin(
    String name,
    String sha256,
    byte[] bundleBytes,
    String symbolicName,
    String version,
    boolean wrapped,
    Map<String, List<String>> declaredExtensions) {}
