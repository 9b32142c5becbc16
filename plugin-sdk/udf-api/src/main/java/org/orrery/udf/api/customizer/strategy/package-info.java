/**
 * The five ways a UDTF can read its input; see
 * {@link org.orrery.udf.api.customizer.strategy.AccessStrategy}.
 */
@Version("1.0.0")
package org.orrery.udf.api.customizer.strategy;

import org.osgi.annotation.versioning.Version;
