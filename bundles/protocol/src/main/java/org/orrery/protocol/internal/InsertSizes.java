package org.orrery.protocol.internal;

import java.util.List;
import org.orrery.protocol.message.WireTablet;

/** Upper bounds of insert payload sizes, for pre-sizing buffers and splitting requests. */
public final class InsertSizes {
  /** The tablet count in front of the tablets of an INSERT_TABLETS payload. */
  public static final int TABLETS_HEADER = 4;

  private InsertSizes() {}

  /** At most how many payload bytes {@code tablet} takes inside an INSERT_TABLETS request. */
  public static long tablet(WireTablet tablet) {
    return InsertMessageCodec.tabletSize(tablet);
  }

  /** At most how many payload bytes an INSERT_TABLETS request of {@code tablets} takes. */
  public static long tablets(List<WireTablet> tablets) {
    long bytes = TABLETS_HEADER;
    for (WireTablet tablet : tablets) {
      bytes += tablet(tablet);
    }
    return bytes;
  }
}
