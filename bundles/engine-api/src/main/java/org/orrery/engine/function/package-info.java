/** Built-in function contracts: columnar scalar functions and aggregations that may answer from statistics. */
@Version("1.2.0")
package org.orrery.engine.function;

import org.osgi.annotation.versioning.Version;
