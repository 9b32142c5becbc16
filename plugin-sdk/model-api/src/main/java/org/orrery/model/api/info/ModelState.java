package org.orrery.model.api.info;

import java.util.Locale;

/**
 * Where a model stands, as {@code SHOW MODELS} reports it.
 *
 * <pre>
 *   registered or built in ──▶ ACTIVATING ──ok──▶ ACTIVE ──DROP MODEL──▶ DROPPING
 *                                   └──fails──▶ INACTIVE
 *   fine-tuning started ───▶ TRAINING ──ok──▶ ACTIVE
 *                                └──fails──▶ FAILED
 * </pre>
 *
 * <p>Only an ACTIVE model can run inference. {@link #id()} is how the server's model manifest
 * records the state: a persisted id, never renumbered and never replaced by {@code ordinal()}.
 */
public enum ModelState {
  // Persisted ids: do not change the byte a state binds to.
  /** Being made ready: weights downloading or loading, a registration in progress. */
  ACTIVATING(0),
  /** Ready for inference. */
  ACTIVE(1),
  /** Could not be made ready (e.g. the weights could not be loaded); not usable. */
  INACTIVE(2),
  /** A fine-tuning run is producing this model. */
  TRAINING(3),
  /** The fine-tuning run that was producing this model failed. */
  FAILED(4),
  /** Being deleted by {@code DROP MODEL}; no longer usable. */
  DROPPING(5);

  private final byte id;

  ModelState(int id) {
    this.id = (byte) id;
  }

  /** The persisted byte id of this state. */
  public byte id() {
    return id;
  }

  /** The name {@code SHOW MODELS} prints: the constant in lower case, e.g. {@code active}. */
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether inference may run on a model in this state. */
  public boolean isUsable() {
    return this == ACTIVE;
  }

  /**
   * The state with the given persisted id.
   *
   * @throws IllegalArgumentException naming the id when no state has it
   */
  public static ModelState fromId(int id) {
    for (ModelState state : values()) {
      if (state.id == id) {
        return state;
      }
    }
    throw new IllegalArgumentException("unknown model state id: " + id);
  }
}
