package org.orrery.query.function;

import java.util.function.Supplier;
import org.orrery.udf.api.UDTF;

/**
 * Hands out a fresh {@link UDTF} per call of the function in a query, and takes it back after
 * {@code beforeDestroy}. Under OSGi this wraps the prototype service's {@code ServiceObjects}.
 */
public interface UdtfFactory {
  UDTF newInstance();

  /** Gives back an instance from {@link #newInstance()}; the default does nothing. */
  default void release(UDTF instance) {}

  /** A factory that calls {@code constructor} for every instance (plain Java registration). */
  static UdtfFactory of(Supplier<? extends UDTF> constructor) {
    return constructor::get;
  }
}
