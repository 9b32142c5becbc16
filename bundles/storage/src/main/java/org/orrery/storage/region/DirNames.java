package org.orrery.storage.region;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.orrery.common.path.PartialPath;

/**
 * Database paths as directory names: the written form of the path with every byte outside
 * {@code [A-Za-z0-9._-]} percent-encoded, so names with back-quoted nodes (which may hold
 * slashes) stay one safe directory level. Persisted: it is part of every data and WAL path.
 */
public final class DirNames {
  private DirNames() {}

  public static String encode(PartialPath database) {
    byte[] bytes = database.toString().getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      char c = (char) (b & 0xFF);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '-') {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return out.toString();
  }

  /**
   * The database path of a directory name made by {@link #encode}.
   *
   * @throws IllegalArgumentException naming the text when it is not such a name
   */
  public static PartialPath decode(String name) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '%') {
        if (i + 2 >= name.length()) {
          throw new IllegalArgumentException("bad escape in directory name '" + name + "'");
        }
        bytes.write(Integer.parseInt(name.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return PartialPath.parse(bytes.toString(StandardCharsets.UTF_8));
  }
}
