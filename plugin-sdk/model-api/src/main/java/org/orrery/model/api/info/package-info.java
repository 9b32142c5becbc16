/**
 * Model metadata: {@link org.orrery.model.api.info.ModelInfo}, its
 * {@link org.orrery.model.api.info.ModelState} and {@link org.orrery.model.api.info.ModelCategory}.
 */
@Version("1.0.0")
package org.orrery.model.api.info;

import org.osgi.annotation.versioning.Version;
