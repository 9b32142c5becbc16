/** Error codes and the exception that carries them to users. */
@Version("1.1.0")
package org.orrery.common.error;

import org.osgi.annotation.versioning.Version;
