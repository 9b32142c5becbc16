package org.orrery.plugin.internal;

import java.util.regex.Pattern;

/** Rules for plugin names, which come from file names in {@code deploy/}. */
final class PluginNames {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,127}");

  private PluginNames() {}

  /** The plugin name for a deploy file, or null when the file is not a plugin candidate. */
  static String fromFileName(String fileName) {
    if (!fileName.endsWith(".jar") || fileName.startsWith(".")) {
      return null;
    }
    String name = fileName.substring(0, fileName.length() - ".jar".length());
    return VALID.matcher(name).matches() ? name : null;
  }

  static boolean isValid(String name) {
    return name != null && VALID.matcher(name).matches();
  }

  static void check(String name) {
    if (!isValid(name)) {
      throw new IllegalArgumentException(
          "invalid plugin name '" + name + "': use letters, digits, '.', '_', '+' or '-'");
    }
  }
}
