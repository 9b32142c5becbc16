/** Exceptions of model pipelines, whose messages the server shows to the user. */
@Version("1.0.0")
package org.orrery.model.api.exception;

import org.osgi.annotation.versioning.Version;
