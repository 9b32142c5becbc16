/** Value types of time series and their persisted ids. */
@Version("1.0.0")
package org.orrery.common.type;

import org.osgi.annotation.versioning.Version;
