/**
 * Time in statements: timestamp precision, datetime literals, durations such as {@code 1d2h} or
 * {@code 1mo}, and time points relative to {@code now()} that callers resolve with their own clock.
 */
@Version("1.0.0")
package org.orrery.common.time;

import org.osgi.annotation.versioning.Version;
