package org.orrery.trigger.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a {@link Trigger} implementation, for plugins shipped as plain jars (see the package
 * documentation). OSGi bundle plugins set the {@value #SERVICE_PROPERTY} service property instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TriggerName {

  /** The service property that names a trigger service. */
  String SERVICE_PROPERTY = "trigger.name";

  /** The name under which the server registers the implementation. */
  String value();
}
