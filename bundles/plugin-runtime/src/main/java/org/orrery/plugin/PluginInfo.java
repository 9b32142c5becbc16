package org.orrery.plugin;

import java.util.List;

/**
 * One plugin as the runtime sees it.
 *
 * @param name the plugin's name: its file name in {@code deploy/} without {@code .jar}
 * @param kinds what it extends: {@code udf}, {@code trigger}, {@code model}, {@code codec}; empty
 *     when it registers no known extension
 * @param extensions the extensions it registered, as {@code kind:name}
 * @param symbolicName the bundle symbolic name, or null when the jar could not be read
 * @param version the bundle version, or null when the jar could not be read
 * @param state the plugin's state
 * @param error why it is not active, or null
 * @param sha256 hex digest of the deployed file
 * @param wrapped whether the runtime wrapped a plain jar into a bundle
 */
public record PluginInfo(
    String name,
    List<String> kinds,
    List<String> extensions,
    String symbolicName,
    String version,
    PluginState state,
    String error,
    String sha256,
    boolean wrapped) {

  public PluginInfo {
    kinds = List.copyOf(kinds);
    extensions = List.copyOf(extensions);
  }
}
