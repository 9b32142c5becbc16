package org.orrery.storage;

import java.util.Locale;

/** When a write is acknowledged relative to the fsync of its WAL entry. */
public enum WalMode {
  /** Acknowledge only after the entry is on disk (one fsync serves every waiting writer). */
  SYNC,
  /** Acknowledge once the entry is in the WAL buffer; a background fsync bounds the loss window. */
  ASYNC;

  /**
   * The mode named {@code text} ({@code sync} or {@code async}, case-insensitive).
   *
   * @throws IllegalArgumentException naming the text when it is neither
   */
  public static WalMode parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "sync":
        return SYNC;
      case "async":
        return ASYNC;
      default:
        throw new IllegalArgumentException("unknown WAL mode '" + text + "' (expected sync or async)");
    }
  }
}
