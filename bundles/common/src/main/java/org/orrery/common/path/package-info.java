/**
 * Paths of the tree data model ({@code root.sg.d1.s1}) and path patterns with the wildcards
 * {@code *} (exactly one level, or part of one node name) and {@code **} (one or more levels).
 */
@Version("1.1.0")
package org.orrery.common.path;

import org.osgi.annotation.versioning.Version;
