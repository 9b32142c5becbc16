package org.orrery.model.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the model a {@link ModelPipeline} class provides, for plugins shipped as plain jars (see
 * the package documentation). OSGi bundle plugins set the {@value #SERVICE_PROPERTY} service
 * property instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelName {

  /** The service property that names a model pipeline service. */
  String SERVICE_PROPERTY = "model.name";

  /**
   * The model id under which the model is listed and called, following the model id rule of
   * {@link org.orrery.model.api.info.ModelInfo#checkModelId(String)}.
   */
  String value();
}
