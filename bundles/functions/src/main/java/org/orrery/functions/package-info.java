/**
 * The catalogue of Orrery's built-in functions, for running them without OSGi (tests, embedded
 * use). Inside the server every function is a Declarative Services component of this bundle.
 */
@Version("1.0.0")
package org.orrery.functions;

import org.osgi.annotation.versioning.Version;
