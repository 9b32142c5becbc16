/**
 * Exceptions whose messages the server shows to the user when a UDF call fails.
 */
@Version("1.0.0")
package org.orrery.udf.api.exception;

import org.osgi.annotation.versioning.Version;
