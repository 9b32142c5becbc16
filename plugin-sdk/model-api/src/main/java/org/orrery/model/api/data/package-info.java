/**
 * The data of a forecast: {@link org.orrery.model.api.data.Series},
 * {@link org.orrery.model.api.data.ForecastInput} (targets and covariates),
 * {@link org.orrery.model.api.data.ForecastOptions} and
 * {@link org.orrery.model.api.data.ForecastOutput}.
 */
@Version("1.0.0")
package org.orrery.model.api.data;

import org.osgi.annotation.versioning.Version;
