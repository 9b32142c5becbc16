/**
 * The arguments of a UDF call and the checks a UDF runs on them.
 */
@Version("1.0.0")
package org.orrery.udf.api.customizer.parameter;

import org.osgi.annotation.versioning.Version;
