package org.orrery.udf.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A {@link UDAF} whose partial results can be taken back out of a state, like a sum (subtract)
 * but unlike a maximum. For sliding windows the server can then update one state by adding the
 * rows that enter and removing those that leave, instead of aggregating every window from
 * scratch. Implementing it is optional: the server recomputes windows of plain UDAFs.
 */
@ConsumerType
public interface InvertibleUDAF extends UDAF {

  /**
   * Removes from {@code state} the contribution of {@code removed}, a state that was earlier
   * {@linkplain #combineState combined} into it (or built from rows added to it). {@code removed}
   * must not be changed.
   */
  void removeState(State state, State removed);
}
