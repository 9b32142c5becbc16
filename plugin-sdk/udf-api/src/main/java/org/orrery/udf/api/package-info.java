/**
 * The UDF API: user-defined time-series generating functions ({@link org.orrery.udf.api.UDTF})
 * and user-defined aggregation functions ({@link org.orrery.udf.api.UDAF} with its
 * {@link org.orrery.udf.api.State}).
 *
 * <h2>How the server finds a function</h2>
 *
 * <p>A plugin is either an OSGi bundle or a plain jar dropped into {@code deploy/} (or installed
 * with {@code CREATE FUNCTION}).
 *
 * <ul>
 *   <li><b>OSGi bundle</b> (what the {@code orrery-plugin-archetype} generates): each function is
 *       a Declarative Services component that provides {@code org.orrery.udf.api.UDTF} or
 *       {@code org.orrery.udf.api.UDAF} with the service property {@code udf.name=<name>}, in
 *       <b>prototype</b> scope, because every query needs its own instance:
 *       <pre>{@code
 * @Component(service = UDTF.class, scope = ServiceScope.PROTOTYPE,
 *     property = UDFName.SERVICE_PROPERTY + "=moving_avg")
 * public class MovingAverage implements UDTF { ... }
 * }</pre>
 *       The server takes one instance per call of the function with
 *       {@code ServiceObjects.getService()} and releases it after {@code beforeDestroy}. The
 *       bundle imports the SDK packages and exports nothing.
 *   <li><b>Plain jar</b> (built without OSGi tooling): it lists its implementation classes, one
 *       per line, in {@code META-INF/services/org.orrery.udf.api.UDTF} and
 *       {@code META-INF/services/org.orrery.udf.api.UDAF}, and annotates each class with
 *       {@link org.orrery.udf.api.UDFName @UDFName}. The server creates one instance per call of
 *       the function through the class's public no-argument constructor.
 * </ul>
 *
 * <p>Function names are compared ignoring case and must not clash with built-in functions.
 */
@Version("1.0.0")
package org.orrery.udf.api;

import org.osgi.annotation.versioning.Version;
