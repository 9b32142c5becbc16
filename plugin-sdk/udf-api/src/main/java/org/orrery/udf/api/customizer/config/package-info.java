/**
 * What a UDF configures in {@code beforeStart}: access strategy and output type.
 */
@Version("1.0.0")
package org.orrery.udf.api.customizer.config;

import org.osgi.annotation.versioning.Version;
