package org.orrery.plugin.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The on-disk form of the plugin manifest ({@code data/system/plugins/plugins.manifest}).
 *
 * <pre>
 * orrery-plugin-manifest 1
 * plugin &lt;name&gt; &lt;sha256&gt; &lt;installedAtMillis&gt;
 * ...
 * </pre>
 *
 * Line-oriented UTF-8 text, fields separated by one space (names cannot contain spaces). The
 * first line names the format and its version; a reader rejects versions it does not know
 * rather than guessing.
 */
final class PluginManifestFormat {
  /** Persisted: the header of every manifest file. */
  static final String MAGIC = "orrery-plugin-manifest";
  /** Persisted: the version this code writes. Bump it and keep reading the old one on change. */
  static final int VERSION = 1;

  private PluginManifestFormat() {}

  static byte[] encode(List<ManifestEntry> entries) {
    StringBuilder out = new StringBuilder(MAGIC).append(' ').append(VERSION).append('\n');
    for (ManifestEntry e : entries) {
      out.append("plugin ")
          .append(e.name())
          .append(' ')
          .append(e.sha256())
          .append(' ')
          .append(e.installedAtMillis())
          .append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Parses a manifest.
   *
   * @throws CorruptManifestException naming the line that is wrong
   */
  static List<ManifestEntry> decode(byte[] bytes) throws CorruptManifestException {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    String header = lines[0];
    if (!header.startsWith(MAGIC + " ")) {
      throw new CorruptManifestException("line 1: expected '" + MAGIC + " <version>', got '"
          + abbreviate(header) + "'");
    }
    String version = header.substring(MAGIC.length() + 1).trim();
    if (!String.valueOf(VERSION).equals(version)) {
      throw new CorruptManifestException("line 1: unsupported manifest version '"
          + abbreviate(version) + "' (this build reads version " + VERSION + ")");
    }
    List<ManifestEntry> entries = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        if (i == lines.length - 1) {
          break; // the trailing newline
        }
        throw new CorruptManifestException("line " + (i + 1) + ": empty line");
      }
      String[] f = line.split(" ");
      if (f.length != 4 || !f[0].equals("plugin")) {
        throw new CorruptManifestException(
            "line " + (i + 1) + ": expected 'plugin <name> <sha256> <millis>', got '"
                + abbreviate(line) + "'");
      }
      try {
        entries.add(new ManifestEntry(f[1], f[2], Long.parseLong(f[3])));
      } catch (IllegalArgumentException e) {
        throw new CorruptManifestException("line " + (i + 1) + ": " + e.getMessage());
      }
    }
    if (!bytesEndWithNewline(bytes)) {
      throw new CorruptManifestException("truncated: the last line has no newline");
    }
    return entries;
  }

  private static boolean bytesEndWithNewline(byte[] bytes) {
    return bytes.length > 0 && bytes[bytes.length - 1] == '\n';
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }

  /** The manifest file cannot be read as a manifest. */
  static final class CorruptManifestException extends Exception {
    private static final long serialVersionUID = 1L;

    CorruptManifestException(String message) {
      super(message);
    }
  }
}
