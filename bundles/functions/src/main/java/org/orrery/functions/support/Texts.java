package org.orrery.functions.support;

import java.nio.charset.StandardCharsets;
import org.orrery.common.block.Column;

/** UTF-8 conversion between text column values and Java strings. */
public final class Texts {
  private Texts() {}

  /** The text at {@code row} of a TEXT or STRING column, decoded from UTF-8. */
  public static String at(Column column, int row) {
    return new String(column.binaries()[row], StandardCharsets.UTF_8);
  }

  public static byte[] encode(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public static String decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
