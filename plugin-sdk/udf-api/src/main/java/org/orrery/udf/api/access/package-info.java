/**
 * How a UDTF reads its input: a {@link org.orrery.udf.api.access.Row} at a time, or a
 * {@link org.orrery.udf.api.access.RowWindow} of rows. The server implements these interfaces.
 */
@Version("1.0.0")
package org.orrery.udf.api.access;

import org.osgi.annotation.versioning.Version;
