package org.orrery.udf.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The intermediate result of a {@link UDAF} for one group, such as a sum and a count for an
 * average.
 *
 * <p>The server reuses state objects: after a group is finished it calls {@link #reset()} and
 * uses the object for the next group. In a cluster, partial states computed on different nodes
 * travel as {@link #serialize()} bytes and are rebuilt with {@link #deserialize(byte[])} on the
 * node that combines them, so the two methods must agree on the byte layout. Put a format version
 * byte first if the layout may ever change, since nodes of different plugin versions may meet
 * during an upgrade.
 */
@ConsumerType
public interface State {

  /** Returns the state to its initial value, as if newly created by {@link UDAF#createState()}. */
  void reset();

  /** The state as bytes that {@link #deserialize(byte[])} reads back. */
  byte[] serialize();

  /** Replaces this state's content with the one {@code bytes} (from {@link #serialize()}) hold. */
  void deserialize(byte[] bytes);
}
