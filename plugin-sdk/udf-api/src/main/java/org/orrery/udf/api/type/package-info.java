/**
 * The value types of UDF inputs and outputs: {@link org.orrery.udf.api.type.Type},
 * {@link org.orrery.udf.api.type.Binary} for TEXT/STRING/BLOB values and
 * {@link org.orrery.udf.api.type.DateValue} for DATE values.
 */
@Version("1.0.0")
package org.orrery.udf.api.type;

import org.osgi.annotation.versioning.Version;
