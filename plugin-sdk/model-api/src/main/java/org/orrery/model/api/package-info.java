/**
 * The model API: custom forecasting {@link org.orrery.model.api.ModelPipeline}s that the AINode
 * serves through {@code CALL INFERENCE}.
 *
 * <h2>How the server finds a model pipeline</h2>
 *
 * <ul>
 *   <li><b>OSGi bundle</b> (what the {@code orrery-plugin-archetype} generates): each model is a
 *       Declarative Services component that provides {@code org.orrery.model.api.ModelPipeline}
 *       with the service property {@code model.name=<model id>}. One instance serves all calls,
 *       so the default (singleton) scope is right and the pipeline must be thread-safe:
 *       <pre>{@code
 * @Component(service = ModelPipeline.class,
 *     property = ModelName.SERVICE_PROPERTY + "=seasonal_naive")
 * public class SeasonalNaive implements ModelPipeline { ... }
 * }</pre>
 *       The bundle imports the SDK packages and exports nothing.
 *   <li><b>Plain jar</b> (built without OSGi tooling): it lists its implementation classes, one
 *       per line, in {@code META-INF/services/org.orrery.model.api.ModelPipeline} and annotates
 *       each with {@link org.orrery.model.api.ModelName @ModelName}. The server creates one
 *       instance per model through the class's public no-argument constructor.
 * </ul>
 *
 * <p>The server lists such a model as {@code user_defined}, with the pipeline's
 * {@link org.orrery.model.api.ModelPipeline#modelType() modelType}, and makes it
 * {@code active} once the service is registered.
 */
@Version("1.0.0")
package org.orrery.model.api;

import org.osgi.annotation.versioning.Version;
