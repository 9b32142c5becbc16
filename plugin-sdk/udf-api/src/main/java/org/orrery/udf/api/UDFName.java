package org.orrery.udf.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the SQL function a {@link UDTF} or {@link UDAF} class implements, for plugins shipped as
 * plain jars (see the package documentation). OSGi bundle plugins set the
 * {@value #SERVICE_PROPERTY} service property instead; the annotation is harmless there.
 *
 * <pre>{@code
 * @UDFName("moving_avg")
 * public class MovingAverage implements UDTF { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UDFName {

  /** The service property that names a UDTF or UDAF service. */
  String SERVICE_PROPERTY = "udf.name";

  /** The function name used in SQL; the server compares function names ignoring case. */
  String value();
}
