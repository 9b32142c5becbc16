/**
 * Column blocks: the unit in which rows move between storage, operators and the wire. A
 * {@link org.orrery.common.block.Block} holds an optional time column and value columns of
 * primitive arrays with null flags.
 */
@Version("1.0.0")
package org.orrery.common.block;

import org.osgi.annotation.versioning.Version;
