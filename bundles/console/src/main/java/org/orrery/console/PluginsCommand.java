package org.orrery.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.orrery.plugin.PluginRegistry;

/** {@code orrery:plugins}: every plugin with its kind, version, state and error. */
@Service
@Command(
    scope = "orrery",
    name = "plugins",
    description = "Lists deployed plugins: kind, name, version, state and why a plugin is not"
        + " active")
public class PluginsCommand implements Action {

  @Reference PluginRegistry registry;

  @Option(name = "-v", aliases = "--verbose",
      description = "Also show bundle names, registered extensions and file digests")
  boolean verbose;

  @Override
  public Object execute() {
    System.out.print(PluginsReport.render(registry.plugins(), verbose));
    return null;
  }
}
