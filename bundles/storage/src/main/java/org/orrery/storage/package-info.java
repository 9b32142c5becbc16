/**
 * The LSM storage engine as a plain library: {@link org.orrery.storage.LsmStorageEngine} built
 * from a {@link org.orrery.storage.StorageConfig}, a data directory and a codec registry. The
 * OSGi component in this bundle is a thin wrapper; other modules may embed the engine in tests.
 */
@Version("1.1.0")
package org.orrery.storage;

import org.osgi.annotation.versioning.Version;
