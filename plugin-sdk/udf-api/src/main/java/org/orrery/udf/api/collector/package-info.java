/**
 * Where UDFs put their results: a UDTF's {@link org.orrery.udf.api.collector.PointCollector}
 * and a UDAF's {@link org.orrery.udf.api.collector.ResultValue}. The server implements both.
 */
@Version("1.0.0")
package org.orrery.udf.api.collector;

import org.osgi.annotation.versioning.Version;
