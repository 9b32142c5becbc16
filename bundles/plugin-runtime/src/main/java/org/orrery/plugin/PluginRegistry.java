package org.orrery.plugin;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The plugins deployed on this node. The durable plugin manifest under {@code data/system/} is the
 * source of truth; files in {@code deploy/} only trigger changes.
 */
@ProviderType
public interface PluginRegistry {

  /** Every known plugin, including failed ones, ordered by name. */
  List<PluginInfo> plugins();

  /** The plugin with the given name. */
  Optional<PluginInfo> plugin(String name);
}
