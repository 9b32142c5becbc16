package org.orrery.cli.result;

import java.util.Locale;

/** How timestamps are printed: {@code epoch} milliseconds or ISO-8601 with the zone offset. */
public enum TimeFormat {
  EPOCH,
  ISO;

  /**
   * The format named on the command line ({@code epoch} or {@code iso}, case-insensitive).
   *
   * @throws IllegalArgumentException naming the text when it is neither
   */
  public static TimeFormat fromName(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "epoch":
        return EPOCH;
      case "iso":
        return ISO;
      default:
        throw new IllegalArgumentException("unknown time format '" + name + "' (expected epoch or iso)");
    }
  }
}
