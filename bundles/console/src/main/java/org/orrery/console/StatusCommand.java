package org.orrery.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.orrery.server.status.NodeStatusService;

/**
 * {@code orrery:status}. Prints the report (Karaf's SSH sessions do not print return values) and
 * returns nothing.
 */
@Service
@Command(
    scope = "orrery",
    name = "status",
    description = "Shows the node's version, uptime, roles and the state of every Orrery bundle")
public class StatusCommand implements Action {

  @Reference NodeStatusService statusService;

  @Override
  public Object execute() {
    System.out.print(StatusReport.render(statusService.status()));
    return null;
  }
}
