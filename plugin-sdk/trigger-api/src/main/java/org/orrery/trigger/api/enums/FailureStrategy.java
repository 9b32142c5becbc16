package org.orrery.trigger.api.enums;

/**
 * What the server does when a trigger's {@code fire} returns {@code false} or throws.
 *
 * <p>{@link #id()} is how the server records a trigger's strategy in its trigger manifest: a
 * persisted id, so a constant never changes the byte it binds to, and {@code ordinal()} is never
 * used in its place.
 */
public enum FailureStrategy {
  /**
   * The failure is logged and reported, and nothing else changes: later triggers still fire and
   * the write still succeeds. The default.
   */
  OPTIMISTIC(0),

  /**
   * The failure stops the write's trigger processing: later triggers do not fire, and for a
   * BEFORE INSERT trigger the data is not written and the write fails with the trigger's error.
   */
  PESSIMISTIC(1);

  // Persisted ids: do not change the byte a strategy binds to.
  private final byte id;

  FailureStrategy(int id) {
    this.id = (byte) id;
  }

  /** The persisted byte id of this strategy. */
  public byte id() {
    return id;
  }

  /**
   * The strategy with the given persisted id.
   *
   * @throws IllegalArgumentException naming the id when no strategy has it
   */
  public static FailureStrategy fromId(int id) {
    for (FailureStrategy strategy : values()) {
      if (strategy.id == id) {
        return strategy;
      }
    }
    throw new IllegalArgumentException("unknown trigger failure strategy id: " + id);
  }
}
