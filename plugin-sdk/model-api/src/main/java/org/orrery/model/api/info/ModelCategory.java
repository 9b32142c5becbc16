package org.orrery.model.api.info;

import java.util.Locale;

/**
 * Where a model comes from, as {@code SHOW MODELS} reports it. {@link #id()} is a persisted id
 * (model manifest): never renumbered and never replaced by {@code ordinal()}.
 */
public enum ModelCategory {
  // Persisted ids: do not change the byte a category binds to.
  /** Shipped with the server. */
  BUILTIN(0),
  /** Registered by a user: {@code CREATE MODEL ... USING URI} or a model plugin. */
  USER_DEFINED(1),
  /** Produced by fine-tuning another model ({@code CREATE MODEL ... FROM MODEL}). */
  FINE_TUNED(2);

  private final byte id;

  ModelCategory(int id) {
    this.id = (byte) id;
  }

  /** The persisted byte id of this category. */
  public byte id() {
    return id;
  }

  /** The name {@code SHOW MODELS} prints, e.g. {@code user_defined}. */
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The category with the given persisted id.
   *
   * @throws IllegalArgumentException naming the id when no category has it
   */
  public static ModelCategory fromId(int id) {
    for (ModelCategory category : values()) {
      if (category.id == id) {
        return category;
      }
    }
    throw new IllegalArgumentException("unknown model category id: " + id);
  }
}
