/**
 * In-memory stand-ins for the server side of the UDF API, for plugin unit tests:
 * {@link org.orrery.udf.api.testing.InputTable} supplies rows, windows and batches;
 * {@link org.orrery.udf.api.testing.RecordingPointCollector} and
 * {@link org.orrery.udf.api.testing.RecordingResultValue} record output and enforce the output
 * rules. Plugin code that runs in the server should not use this package.
 */
@Version("1.0.0")
package org.orrery.udf.api.testing;

import org.osgi.annotation.versioning.Version;
