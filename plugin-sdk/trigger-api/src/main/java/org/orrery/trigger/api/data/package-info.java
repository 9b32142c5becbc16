/**
 * The data a trigger receives: the {@link org.orrery.trigger.api.data.Tablet} and its column
 * {@link org.orrery.trigger.api.data.Type}s.
 */
@Version("1.0.0")
package org.orrery.trigger.api.data;

import org.osgi.annotation.versioning.Version;
