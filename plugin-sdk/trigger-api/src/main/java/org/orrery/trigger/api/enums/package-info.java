/** Enumerations of the trigger API. */
@Version("1.0.0")
package org.orrery.trigger.api.enums;

import org.osgi.annotation.versioning.Version;
