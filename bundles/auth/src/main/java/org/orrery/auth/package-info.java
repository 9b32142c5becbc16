/**
 * Users of the server and their password hashes, stored in {@code <data>/system/users/}.
 * {@link org.orrery.auth.FileUserService} is the core, usable without OSGi; the bundle also
 * registers it as the {@code org.orrery.engine.auth.UserService} DS component (PID
 * {@code org.orrery.auth}).
 */
@Version("1.0.0")
package org.orrery.auth;

import org.osgi.annotation.versioning.Version;
