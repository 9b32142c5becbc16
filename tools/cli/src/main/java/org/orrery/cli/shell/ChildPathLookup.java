package org.orrery.cli.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orrery.cli.server.ResultRows;
import org.orrery.cli.server.ServerLink;
import org.orrery.cli.server.StatementFailure;
import org.orrery.cli.server.StatementOutcome;

/**
 * Children of a path for Tab completion, asked from the server with {@code SHOW CHILD PATHS}
 * and remembered until a statement that may change the schema runs.
 */
final class ChildPathLookup {
  private final ServerLink link;
  private final Map<String, List<String>> cache = new HashMap<>();

  ChildPathLookup(ServerLink link) {
    this.link = link;
  }

  /**
   * The full paths of the children of {@code parent} (written form), or none when the server
   * knows no such path or refuses: completion must never interrupt typing.
   */
  List<String> children(String parent) {
    return cache.computeIfAbsent(parent, this::ask);
  }

  /** Forgets what was asked, e.g. after a statement that may have created or dropped series. */
  void forget() {
    cache.clear();
  }

  private List<String> ask(String parent) {
    List<String> children = new ArrayList<>();
    try (StatementOutcome outcome = link.execute("SHOW CHILD PATHS " + parent)) {
      if (!outcome.hasRows()) {
        return children;
      }
      ResultRows rows = outcome.rows();
      while (rows.next()) {
        Object value = rows.value(0);
        if (value != null) {
          children.add(value instanceof byte[]
              ? new String((byte[]) value, java.nio.charset.StandardCharsets.UTF_8) : value.toString());
        }
      }
    } catch (StatementFailure failure) {
      children.clear();
    }
    return children;
  }
}
