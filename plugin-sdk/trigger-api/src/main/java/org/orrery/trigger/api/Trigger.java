package org.orrery.trigger.api;

import org.orrery.trigger.api.data.Tablet;
import org.orrery.trigger.api.enums.FailureStrategy;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A trigger: user logic that the server runs on data being written to the series that match the
 * trigger's path pattern, before (BEFORE INSERT) or after (AFTER INSERT) the data is stored.
 * Every method has a default, so an implementation overrides only what it needs; a trigger that
 * overrides nothing accepts every write and does nothing.
 *
 * <h2>Lifecycle</h2>
 *
 * <p>Each trigger created with {@code CREATE TRIGGER} gets its own instance (an OSGi component
 * implementing this interface must therefore be a prototype-scope service; see the package
 * documentation).
 *
 * <ol>
 *   <li>{@code CREATE TRIGGER}: {@link #validate(TriggerAttributes)}, then
 *       {@link #onCreate(TriggerAttributes)}; if either throws, the trigger is not created and
 *       the user sees the message.
 *   <li>Restart of the server, or a stateful trigger moving to another node: a new instance gets
 *       {@link #onCreate(TriggerAttributes)} with the same attributes, then {@link #restore()}.
 *       Anything a stateful trigger needs to resume must therefore be saved somewhere durable
 *       while it runs; nothing is called when the server stops.
 *   <li>Each write that touches matching series: {@link #fire(Tablet)}, possibly from several
 *       threads at once, so implementations must be thread-safe.
 *   <li>{@code DROP TRIGGER}: {@link #onDrop()} once; the instance is then discarded.
 * </ol>
 *
 * <p>A STATELESS trigger has an instance on every data node, each seeing only the writes of its
 * node; a STATEFUL trigger has a single instance in the cluster that sees every matching write.
 */
@ConsumerType
public interface Trigger {

  /**
   * Checks the attributes before {@link #onCreate} on {@code CREATE TRIGGER}; throw with a
   * message naming the bad attribute to reject them. The default accepts everything.
   */
  default void validate(TriggerAttributes attributes) throws Exception {}

  /**
   * Sets the instance up: read attributes, open connections or files. Called once per instance,
   * when the trigger is created and again on every new instance after a restart or move.
   */
  default void onCreate(TriggerAttributes attributes) throws Exception {}

  /** Called once on {@code DROP TRIGGER}: release resources, persist final results. */
  default void onDrop() throws Exception {}

  /**
   * Called after {@link #onCreate} when this instance replaces an earlier one of the same trigger
   * (server restart, or a stateful trigger moved to another node): reload saved state here.
   */
  default void restore() throws Exception {}

  /**
   * How a failed {@link #fire} affects the write; {@link FailureStrategy#OPTIMISTIC} by default.
   */
  default FailureStrategy getFailureStrategy() {
    return FailureStrategy.OPTIMISTIC;
  }

  /**
   * Processes the written data that matches the trigger's pattern: one device's rows, with one
   * column per matching measurement. The tablet is the trigger's own view; the trigger cannot
   * change what is stored.
   *
   * @return {@code true} on success; {@code false} (or an exception) is a failure, handled
   *     according to {@link #getFailureStrategy()}
   */
  default boolean fire(Tablet tablet) throws Exception {
    return true;
  }
}
