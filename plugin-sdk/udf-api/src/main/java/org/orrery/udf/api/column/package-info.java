/**
 * The SDK's columnar data: {@link org.orrery.udf.api.column.Column} and the
 * {@link org.orrery.udf.api.column.ColumnBatch} of rows a UDAF aggregates.
 */
@Version("1.0.0")
package org.orrery.udf.api.column;

import org.osgi.annotation.versioning.Version;
