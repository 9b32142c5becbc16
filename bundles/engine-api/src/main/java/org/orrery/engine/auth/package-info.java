/** Users and their passwords. */
@Version("1.0.0")
package org.orrery.engine.auth;

import org.osgi.annotation.versioning.Version;
