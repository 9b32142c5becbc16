package org.orrery.functions.support;

import org.orrery.common.block.Column;

/** Null flags of result columns derived from the null flags of argument columns. */
public final class NullFlags {
  private NullFlags() {}

  /**
   * Flags that are true where any of {@code arguments} is null in the first {@code rows} rows, or
   * {@code null} when no argument has a null there (the {@link Column} convention for "none").
   */
  public static boolean[] anyNull(Column[] arguments, int rows) {
    boolean[] flags = null;
    for (Column argument : arguments) {
      if (!argument.mayHaveNulls() && !argument.type().isBinary()) {
        continue;
      }
      for (int i = 0; i < rows; i++) {
        if (argument.isNull(i)) {
          if (flags == null) {
            flags = new boolean[rows];
          }
          flags[i] = true;
        }
      }
    }
    return flags;
  }

  /**
   * Flags that are true where every one of {@code arguments} is null, or {@code null} when no row
   * is all-null: the rows that constant generators ({@code const}, {@code pi}, {@code e}) skip,
   * since their output follows the union of their inputs' timestamps.
   */
  public static boolean[] allNull(Column[] arguments, int rows) {
    boolean[] flags = null;
    for (int i = 0; i < rows; i++) {
      boolean all = true;
      for (Column argument : arguments) {
        if (!argument.isNull(i)) {
          all = false;
          break;
        }
      }
      if (all) {
        if (flags == null) {
          flags = new boolean[rows];
        }
        flags[i] = true;
      }
    }
    return flags;
  }
}
