/**
 * The trigger API: {@link org.orrery.trigger.api.Trigger}s run user logic on written data, which
 * they receive as {@link org.orrery.trigger.api.data.Tablet}s.
 *
 * <h2>How the server finds a trigger implementation</h2>
 *
 * <ul>
 *   <li><b>OSGi bundle</b> (what the {@code orrery-plugin-archetype} generates): each
 *       implementation is a Declarative Services component that provides
 *       {@code org.orrery.trigger.api.Trigger} with the service property
 *       {@code trigger.name=<name>}, in <b>prototype</b> scope, because every trigger created
 *       with {@code CREATE TRIGGER} needs its own instance:
 *       <pre>{@code
 * @Component(service = Trigger.class, scope = ServiceScope.PROTOTYPE,
 *     property = TriggerName.SERVICE_PROPERTY + "=threshold_alarm")
 * public class ThresholdAlarm implements Trigger { ... }
 * }</pre>
 *       The bundle imports the SDK packages and exports nothing.
 *   <li><b>Plain jar</b> (built without OSGi tooling): it lists its implementation classes, one
 *       per line, in {@code META-INF/services/org.orrery.trigger.api.Trigger} and annotates each
 *       with {@link org.orrery.trigger.api.TriggerName @TriggerName}. The server creates one
 *       instance per trigger through the class's public no-argument constructor.
 * </ul>
 *
 * <p>The name identifies the implementation to the server, for example in
 * {@code CREATE TRIGGER ... AS '<name>'}.
 */
@Version("1.0.0")
package org.orrery.trigger.api;

import org.osgi.annotation.versioning.Version;
